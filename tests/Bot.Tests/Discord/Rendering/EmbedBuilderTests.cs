using Bot.Discord.Rendering;

namespace Bot.Tests.Discord.Rendering;

public sealed class EmbedBuilderTests
{
    [Fact]
    public void Build_AtEveryLimit_Accepted()
    {
        var builder = new EmbedBuilder().WithTitle(new string('t', 256)).WithDescription(string.Concat(Enumerable.Repeat("📈", 4096))).WithFooter(new string('f', 1000));

        var embed = builder.Build();

        Assert.Equal(256 + 4096 + 1000, embed.Length);
    }

    [Theory]
    [InlineData(257, 1, 1, "title")]
    [InlineData(1, 4097, 1, "description")]
    [InlineData(1, 1, 2049, "footer.text")]
    public void Build_OverALimit_ThrowsNamingTheField(int title, int description, int footer, string field)
    {
        var builder = new EmbedBuilder().WithTitle(new string('t', title)).WithDescription(new string('d', description)).WithFooter(new string('f', footer));

        var error = Assert.Throws<ArgumentException>(() => builder.Build());

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_26Fields_Throws()
    {
        var builder = new EmbedBuilder();
        for (var i = 0; i < 26; i++)
        {
            builder.AddField($"n{i}", "v");
        }

        Assert.Throws<ArgumentException>(() => builder.Build());
    }

    [Fact]
    public void Build_FieldValueOver1024_Throws() =>
        Assert.Throws<ArgumentException>(() => new EmbedBuilder().AddField("name", new string('v', 1025)).Build());

    [Fact]
    public void ValidateMessage_6001AcrossEmbeds_Throws()
    {
        var embeds = new[] { new Embed(Description: new string('a', 4000)), new Embed(Description: new string('b', 2001)) };

        var error = Assert.Throws<ArgumentException>(() => EmbedBuilder.ValidateMessage(embeds));

        Assert.Contains("6000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateMessage_11Embeds_Throws() =>
        Assert.Throws<ArgumentException>(() => EmbedBuilder.ValidateMessage(Enumerable.Repeat(new Embed(Description: "x"), 11).ToArray()));

    [Fact]
    public void Length_TrimsWhitespaceBeforeCounting() =>
        Assert.Equal(3, new Embed(Title: "  abc \n").Length);
}
