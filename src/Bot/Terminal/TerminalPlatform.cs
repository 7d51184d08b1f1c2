using System.Runtime.CompilerServices;
using Bot.Chat;
using Bot.Chat.Commands;
using Bot.Chat.Messages;
using Bot.Chat.Stores;
using Bot.Digest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Terminal;

/// <summary>
/// The local channel ("terminal", one conversation "terminal:local"): stores the seeds, prints the newest one's
/// digest, then turns each line of standard input into a command and prints the reply as plain text (escape
/// sequences in article text neutralised by <see cref="PlainTextRenderer"/>). Piped input is echoed ("» /sections")
/// so the output reads as a transcript; at its end the bot stops with exit code 0. Logs go to standard error.
/// </summary>
internal sealed class TerminalPlatform(
    TerminalIo io,
    SeedLoader seeds,
    IConversationStore conversations,
    DigestOptions digestOptions,
    IHostApplicationLifetime lifetime,
    IOptions<TerminalOptions> options,
    ILogger<TerminalPlatform> logger) : IChatPlatform, IDisposable
{
    public static readonly Conversation Local = new("terminal", "local");

    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly HashSet<string> posted = new(StringComparer.Ordinal);

    public string Name => "terminal";

    public async IAsyncEnumerable<ChatEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await GreetAsync(cancellationToken);
        var lines = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await PromptAsync(cancellationToken);
            var (line, cancelled) = await ReadLineAsync(cancellationToken);
            if (cancelled)
            {
                yield break;
            }

            if (line is null)
            {
                break;
            }

            var invocation = CommandLine.Parse(line);
            if (invocation is null)
            {
                continue;
            }

            lines++;
            if (!io.Interactive)
            {
                await WriteTextAsync($"» {PlainText(line.Trim())}\n", cancellationToken);
            }

            var reply = new TerminalReply(this);
            yield return new CommandReceived(Local, "local", invocation, reply);
            if (!await WaitAsync(reply.Answered, cancellationToken))
            {
                yield break;
            }
        }

        TerminalLog.InputEnded(logger, lines);
        if (options.Value.ExitAtEndOfInput && !cancellationToken.IsCancellationRequested)
        {
            lifetime.StopApplication();
        }
    }

    public async Task<PostReceipt> PostAsync(Conversation conversation, ChatMessage message, string deliveryKey, CancellationToken cancellationToken)
    {
        // Within one process a retried delivery key prints nothing new (the terminal's stand-in for Discord's nonce).
        lock (posted)
        {
            if (!posted.Add(deliveryKey))
            {
                return new PostReceipt([deliveryKey]);
            }
        }

        await WriteAsync(message, cancellationToken);
        return new PostReceipt([deliveryKey]);
    }

    public Task WriteAsync(ChatMessage message, CancellationToken cancellationToken) =>
        WriteTextAsync(PlainTextRenderer.Render(message) + "\n", cancellationToken);

    public void Dispose() => writeGate.Dispose();

    private async Task GreetAsync(CancellationToken cancellationToken)
    {
        TerminalLog.Started(logger, io.Interactive);
        try
        {
            var newest = await seeds.LoadAsync(cancellationToken);
            if (newest is not null)
            {
                await conversations.SetCurrentArticleAsync(Local, newest.Id, cancellationToken);
                await WriteAsync(DigestMessages.Digest(newest.Digest, digestOptions.TopFigures), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            TerminalLog.SeedsFailed(logger, ex);
        }

        if (io.Interactive)
        {
            await WriteTextAsync("Type a command (/help lists them); Ctrl+C quits.\n", cancellationToken);
        }
    }

    private Task PromptAsync(CancellationToken cancellationToken) =>
        io.Interactive ? WriteTextAsync("> ", cancellationToken) : Task.CompletedTask;

    /// <summary>Console reads cannot be cancelled, so the read runs on its own thread and we stop waiting on Ctrl+C.</summary>
    private async Task<(string? Line, bool Cancelled)> ReadLineAsync(CancellationToken cancellationToken)
    {
        var read = Task.Factory.StartNew(io.Input.ReadLine, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            return (await read.WaitAsync(cancellationToken), false);
        }
        catch (OperationCanceledException)
        {
            return (null, true);
        }
    }

    private static async Task<bool> WaitAsync(Task task, CancellationToken cancellationToken)
    {
        try
        {
            await task.WaitAsync(cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task WriteTextAsync(string text, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await io.Output.WriteAsync(text.AsMemory(), cancellationToken);
            await io.Output.FlushAsync(cancellationToken);
        }
        finally
        {
            writeGate.Release();
        }
    }

    private static string PlainText(string text) => Chat.Messages.Markup.PlainText.OneLine(text);
}
