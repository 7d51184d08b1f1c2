using System.Globalization;
using System.Net;
using Bot.Chat;
using Bot.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Ingestion;

/// <summary>
/// The real ingestion wiring (AddIngestion) over a FakeTimeProvider and a FakeLogger, with optional test seams for the
/// address guard: made-up host names and a host name treated as public although it resolves to loopback.
/// </summary>
internal sealed class FetcherHarness : IDisposable
{
    private readonly ServiceProvider provider;

    public FetcherHarness(
        bool allowPrivate = true,
        long? maxBytes = null,
        int? maxRedirects = null,
        IReadOnlyDictionary<string, IPAddress[]>? names = null,
        string? publicName = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ingestion:AllowPrivateAddresses"] = allowPrivate ? "true" : "false",
            ["Ingestion:TimeoutSeconds"] = "20",
        };
        if (maxBytes is { } max)
        {
            settings["Ingestion:MaxBytes"] = max.ToString(CultureInfo.InvariantCulture);
        }

        if (maxRedirects is { } redirects)
        {
            settings["Ingestion:MaxRedirects"] = redirects.ToString(CultureInfo.InvariantCulture);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Time);
        if (names is not null || publicName is not null)
        {
            services.AddSingleton(sp => new AddressGuard(
                sp.GetRequiredService<IOptions<IngestionOptions>>(),
                (host, address) => host == publicName ? AddressClass.Public : AddressClassifier.Classify(address),
                (host, ct) => names is not null && names.TryGetValue(host, out var answer) ? Task.FromResult(answer) : Dns.GetHostAddressesAsync(host, ct)));
        }

        services.AddIngestion(configuration);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; } = new();

    public WebFetcher Web => provider.GetRequiredService<WebFetcher>();

    public IArticleFetcher Articles => provider.GetRequiredService<IArticleFetcher>();

    public FakeLogCollector Logs => provider.GetFakeLogCollector();

    public void Dispose() => provider.Dispose();
}
