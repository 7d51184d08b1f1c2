using Bot.Digest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Bot.Cli;

/// <summary>
/// The command-line front end in the bot's executable: <c>digest | summary | figures</c> run once, print to stdout
/// and exit 0 (ok), 2 (bad input or usage) or 1 (unexpected). Chat platforms are not added in this mode (Program.cs).
/// </summary>
public static class CliCommand
{
    private static readonly string[] Verbs = ["digest", "summary", "figures"];

    public static bool IsCliInvocation(string[] args) =>
        args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static IServiceCollection AddCli(this IServiceCollection services, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = CliArguments.Parse(args);
        services.AddSingleton(new CliInvocation(parsed));
        if (parsed.Value?.Bullets is { } bullets)
        {
            OverrideBullets(services, bullets);
        }

        services.TryAddSingleton(new CliConsole(Console.Out, Console.Error));
        services.TryAddSingleton<CliApp>();
        services.AddHostedService<CliRunner>();

        // Standard output carries the result and standard error the one-line errors; routine Information logs there
        // would bury them, so the default level is Warning. Fetch warnings (a refused address) are errors the CLI
        // already reports in its own line, so ingestion logs only errors. A configured category rule still wins
        // when it is more specific (Logging:LogLevel:Bot.Ingestion.WebFetcher=Debug).
        services.Configure<LoggerFilterOptions>(o =>
        {
            o.Rules.Add(new LoggerFilterRule(null, null, LogLevel.Warning, null));
            o.Rules.Add(new LoggerFilterRule(null, "Bot.Ingestion", LogLevel.Error, null));
        });
        return services;
    }

    /// <summary>--bullets N: the configured <see cref="DigestOptions"/> with Bullets = N, for whichever summarizer is
    /// configured (the extractive one reads it through Digester).</summary>
    private static void OverrideBullets(IServiceCollection services, int bullets)
    {
        var configured = services.LastOrDefault(d => d.ServiceType == typeof(DigestOptions) && !d.IsKeyedService);
        Func<IServiceProvider, DigestOptions> original = configured switch
        {
            { ImplementationInstance: DigestOptions instance } => _ => instance,
            { ImplementationFactory: { } factory } => sp => (DigestOptions)factory(sp),
            { ImplementationType: { } type } => sp => (DigestOptions)ActivatorUtilities.CreateInstance(sp, type),
            _ => _ => new DigestOptions(),
        };
        services.RemoveAll<DigestOptions>();
        services.AddSingleton(sp => original(sp) with { Bullets = bullets });
    }
}
