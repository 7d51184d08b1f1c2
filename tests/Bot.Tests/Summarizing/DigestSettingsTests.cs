using Bot.Chat;
using Bot.Digest;
using Bot.Digest.Ingest;
using Bot.Summarizing;
using Bot.Tests.EndToEnd;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Summarizing;

public sealed class DigestSettingsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddDigest(configuration).AddChat(configuration).BuildServiceProvider();
    }

    [Fact]
    public void DigestSection_SetsTheEngineOptionsTheChatDigesterUses()
    {
        using var provider = Build(new() { ["Digest:Bullets"] = "3", ["Digest:SectionBullets"] = "1", ["Digest:TopFigures"] = "2" });

        var digester = provider.GetRequiredService<Digester>();

        Assert.Equal(new DigestOptions { Bullets = 3, SectionBullets = 1, TopFigures = 2 }, digester.Options);
    }

    [Fact]
    public void DigestSection_ChangesWhatTheDigestHolds()
    {
        using var provider = Build(new() { ["Digest:Bullets"] = "2", ["Digest:SectionBullets"] = "1" });
        var read = ArticleReader.ReadText(File.ReadAllText(Path.Combine(BuiltBot.SeedsFolder, "deepseek-r1-training-cost.txt")), "seed.txt");
        Assert.True(read.IsSuccess, read.Error);

        var digest = provider.GetRequiredService<Digester>().Digest(read.Value!);

        Assert.InRange(digest.Bullets.Count, 1, 2);
        Assert.Equal(3, digest.Sections.Count);
        Assert.All(digest.Sections, s => Assert.Single(s.Bullets));
    }

    [Fact]
    public void NoDigestSection_KeepsTheEngineDefaults()
    {
        using var provider = Build([]);

        Assert.Equal(new DigestOptions(), provider.GetRequiredService<DigestOptions>());
    }

    [Theory]
    [InlineData("Digest:Bullets", "0", "Digest:Bullets is 0; use 1–10.")]
    [InlineData("Digest:Bullets", "11", "Digest:Bullets is 11; use 1–10.")]
    [InlineData("Digest:SectionBullets", "4", "Digest:SectionBullets is 4; use 1–3.")]
    [InlineData("Digest:TopFigures", "-1", "Digest:TopFigures is -1; use 1–20.")]
    public void BadValue_FailsAtStartNamingTheKeyAndRange(string key, string value, string expected)
    {
        using var provider = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DigestSettings>>().Value);

        Assert.Equal([expected], error.Failures);
    }
}
