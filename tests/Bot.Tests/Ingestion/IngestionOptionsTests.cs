using Bot.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Ingestion;

public sealed class IngestionOptionsTests
{
    [Fact]
    public void Bind_NoSection_UsesTheDocumentedDefaults()
    {
        var options = Resolve([]);

        Assert.False(options.AllowPrivateAddresses);
        Assert.Equal(20, options.TimeoutSeconds);
        Assert.Equal(5_242_880, options.MaxBytes);
        Assert.Equal(5, options.MaxRedirects);
    }

    [Theory]
    [InlineData("Ingestion:MaxBytes", "0", "MaxBytes")]
    [InlineData("Ingestion:TimeoutSeconds", "0", "TimeoutSeconds")]
    [InlineData("Ingestion:MaxRedirects", "-1", "MaxRedirects")]
    [InlineData("Ingestion:UserAgent", "bot\nInjected: header", "UserAgent")]
    public void Validate_BadValue_FailsNamingTheKey(string key, string value, string member)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(member, error.Message, StringComparison.Ordinal);
    }

    private static IngestionOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLogging().AddIngestion(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<IngestionOptions>>().Value;
    }
}
