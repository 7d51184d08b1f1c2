using Bot.Chat;
using Bot.Storage;
using Bot.Terminal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Terminal;

/// <summary>The bot's wiring (AddChat, AddStorage, AddTerminal as in Program.cs) in-process, with test input/output.</summary>
internal static class InProcessBot
{
    public static IHost Build(string contentRoot, IDictionary<string, string?> settings, TerminalIo? io = null, FakeLoggerProvider? logs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        if (io is not null)
        {
            builder.Services.AddSingleton(io);
        }

        builder.Services
            .AddChat(builder.Configuration)
            .AddStorage(builder.Configuration)
            .AddTerminal(builder.Configuration);
        return builder.Build();
    }
}
