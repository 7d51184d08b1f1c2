using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary>STUB (foundation): the command-line front end (digest | summary | figures).</summary>
public static class CliCommand
{
    private static readonly string[] Verbs = ["digest", "summary", "figures"];

    public static bool IsCliInvocation(string[] args) =>
        args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static IServiceCollection AddCli(this IServiceCollection services, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return services;
    }
}
