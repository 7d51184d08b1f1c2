using Bot.Cli;
using Bot.Discord;
using Bot.Hosting;
using Bot.Ingestion;
using Bot.Scheduling;
using Bot.Slack;
using Bot.Storage;
using Bot.Summarizing;
using Bot.Terminal;
using Bot.Chat;

// The table of contents. Each AddXxx lives beside the code it wires.
var builder = BotHost.CreateBuilder(args);
builder.Services
    .AddDigest(builder.Configuration)
    .AddChat(builder.Configuration)
    .AddStorage(builder.Configuration)
    .AddIngestion(builder.Configuration)
    .AddScheduling(builder.Configuration);

if (CliCommand.IsCliInvocation(args))
{
    builder.Services.AddCli(args);          // digest | summary | figures: run once, print, exit 0/1/2
}
else
{
    builder.Services
        .AddDiscord(builder.Configuration)  // when Discord:Token is set
        .AddSlack(builder.Configuration)    // when Slack:BotToken is set
        .AddTerminal(builder.Configuration); // when no platform is configured
}

return await builder.Build().RunBotAsync();
