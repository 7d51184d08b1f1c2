using System.Security.Cryptography;
using Bot.Chat.Commands;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

/// <summary>
/// Registers <see cref="CommandCatalog.All"/> by bulk overwrite (PUT), in <c>Discord:GuildId</c> when set
/// (instant) or globally. Every option is a STRING; options the catalog marks for autocomplete say so. The same
/// body is not sent twice by one process (a re-identify brings a fresh READY): creates count against a daily cap.
/// </summary>
public sealed class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger) : IDisposable
{
    private const int MaxDescriptionLength = 100;
    private const int AutocompleteMaxLength = AutocompleteResult.MaxValueLength;
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? lastRegistered;

    public static IReadOnlyList<ApplicationCommandProperties> BuildCommands() =>
        CommandCatalog.All.Select(command => new ApplicationCommandProperties(
                command.Name,
                Describe(command.Description),
                command.Options
                    .OrderByDescending(o => o.Required) // required options must come first
                    .Select(o => new ApplicationCommandOptionProperties(
                        o.Name,
                        Describe(o.Description),
                        o.Required,
                        o.Autocomplete ? true : null,
                        o.Autocomplete ? AutocompleteMaxLength : null))
                    .ToArray()))
            .ToArray();

    /// <summary>Registers unless this exact body was already registered; failures are logged, not thrown.</summary>
    public async Task RegisterAsync(ulong applicationId, CancellationToken cancellationToken)
    {
        var commands = BuildCommands();
        var scope = options.Value.GuildIdValue;
        var fingerprint = $"{applicationId}/{scope}/{Convert.ToHexString(SHA256.HashData(DiscordJson.Serialize(commands)))}";
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (fingerprint == lastRegistered)
            {
                DiscordLog.CommandsUnchanged(logger, commands.Count);
                return;
            }

            if (scope is { } guild)
            {
                await rest.BulkOverwriteGuildCommands(applicationId, guild, commands, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await rest.BulkOverwriteGlobalCommands(applicationId, commands, cancellationToken).ConfigureAwait(false);
            }

            lastRegistered = fingerprint;
            DiscordLog.CommandsRegistered(logger, commands.Count, scope is null ? "global" : "guild");
        }
        catch (DiscordHttpException exception)
        {
            DiscordLog.CommandRegistrationFailed(logger, exception.Message);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private static string Describe(string description) => CodePoints.Truncate(description, MaxDescriptionLength);
}
