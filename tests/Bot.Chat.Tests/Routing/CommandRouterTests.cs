using Bot.Chat.Commands;
using Bot.Chat.Messages;
using Bot.Chat.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Bot.Chat.Tests.Routing;

public sealed class CommandRouterTests
{
    private static (ChatHarness Chat, ControlledCommand Command) WithControlled(string name = "summary")
    {
        var command = new ControlledCommand(name);
        var chat = new ChatHarness(services =>
        {
            services.RemoveAll<IChatCommand>();
            foreach (var spec in CommandCatalog.All.Where(c => c.Name != name))
            {
                services.AddSingleton<IChatCommand>(new ControlledCommand(spec.Name));
            }

            services.AddSingleton<IChatCommand>(command);
        });
        return (chat, command);
    }

    private static CommandReceived Event(RecordingReply reply, string line = "/summary distilled") =>
        new(ChatHarness.Channel, "U1", CommandLine.Parse(line)!, reply);

    [Fact]
    public async Task Handle_AnswerReadyWithinTheQuickWindow_RepliesWithoutDeferring()
    {
        var (chat, command) = WithControlled();
        using var _ = chat;
        var reply = new RecordingReply();

        var handling = chat.Router.HandleAsync(Event(reply), CancellationToken.None);
        await command.Started;
        chat.Time.Advance(TimeSpan.FromMilliseconds(1499));
        command.Result.SetResult(ChatMessage.Text("done"));
        await handling;

        Assert.Equal(["reply"], reply.Calls);
        Assert.Equal("done\n", PlainTextRenderer.Render(await reply.Replied));
    }

    [Fact]
    public async Task Handle_AnswerNotReadyAfterTheQuickWindow_DefersThenReplies()
    {
        var (chat, command) = WithControlled();
        using var _ = chat;
        var reply = new RecordingReply();

        var handling = chat.Router.HandleAsync(Event(reply), CancellationToken.None);
        await command.Started;
        chat.Time.Advance(TimeSpan.FromMilliseconds(1500));
        var ephemeral = await reply.Deferred;
        Assert.False(reply.Replied.IsCompleted);
        command.Result.SetResult(ChatMessage.Text("slow answer"));
        await handling;

        Assert.False(ephemeral);
        Assert.Equal(["defer", "reply"], reply.Calls);
        Assert.Equal("slow answer\n", PlainTextRenderer.Render(await reply.Replied));
    }

    [Fact]
    public async Task Handle_QuickWindowFromConfiguration_IsUsed()
    {
        var command = new ControlledCommand("summary");
        using var chat = new ChatHarness(
            services =>
            {
                services.RemoveAll<IChatCommand>();
                foreach (var spec in CommandCatalog.All.Where(c => c.Name != "summary"))
                {
                    services.AddSingleton<IChatCommand>(new ControlledCommand(spec.Name));
                }

                services.AddSingleton<IChatCommand>(command);
            },
            new Dictionary<string, string?> { ["Chat:QuickReplyMilliseconds"] = "200" });
        var reply = new RecordingReply();

        var handling = chat.Router.HandleAsync(Event(reply), CancellationToken.None);
        await command.Started;
        chat.Time.Advance(TimeSpan.FromMilliseconds(200));
        await reply.Deferred;
        command.Result.SetResult(ChatMessage.Text("x"));
        await handling;

        Assert.Equal(["defer", "reply"], reply.Calls);
    }

    [Fact]
    public async Task Handle_ThrowingCommand_BecomesAnEphemeralErrorReplyAndIsLogged()
    {
        var (chat, command) = WithControlled();
        using var _ = chat;
        var reply = new RecordingReply();

        var handling = chat.Router.HandleAsync(Event(reply), CancellationToken.None);
        await command.Started;
        command.Result.SetException(new InvalidOperationException("secret-token-xyz leaked in a message"));
        await handling;

        var message = await reply.Replied;
        var text = PlainTextRenderer.Render(message);
        Assert.True(message.Ephemeral);
        Assert.Contains("Sorry, /summary failed (reference ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-xyz", text, StringComparison.Ordinal);
        var error = Assert.Single(chat.Logs.Collector.GetSnapshot(), r => r.Id.Id == 5002);
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Contains(text.Split("reference ")[1][..8], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_ThrowingAfterDeferral_StillReplies()
    {
        var (chat, command) = WithControlled();
        using var _ = chat;
        var reply = new RecordingReply();

        var handling = chat.Router.HandleAsync(Event(reply), CancellationToken.None);
        await command.Started;
        chat.Time.Advance(TimeSpan.FromSeconds(2));
        await reply.Deferred;
        command.Result.SetException(new InvalidOperationException("boom"));
        await handling;

        Assert.Equal(["defer", "reply"], reply.Calls);
        Assert.Contains("failed", PlainTextRenderer.Render(await reply.Replied), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_CommandOutlivesTheTimeout_IsCancelledAndAnswered()
    {
        var (chat, command) = WithControlled();
        using var _ = chat;
        var reply = new RecordingReply();

        var handling = chat.Router.HandleAsync(Event(reply), CancellationToken.None);
        await command.Started;
        chat.Time.Advance(TimeSpan.FromSeconds(2));
        await reply.Deferred;
        chat.Time.Advance(TimeSpan.FromSeconds(118));
        await handling;

        Assert.True(command.SeenToken.IsCancellationRequested);
        Assert.Equal(["defer", "reply"], reply.Calls);
        Assert.Contains("took too long", PlainTextRenderer.Render(await reply.Replied), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_ReplyChannelThrows_RouterSurvivesAndLogs()
    {
        using var chat = new ChatHarness();
        var reply = new RecordingReply { ThrowOnReply = new HttpRequestException("platform down") };

        await chat.Router.HandleAsync(Event(reply, "/help"), CancellationToken.None);

        Assert.Contains(chat.Logs.Collector.GetSnapshot(), r => r.Id.Id == 5004);
    }

    [Fact]
    public async Task Handle_UnknownCommand_AnswersWithTheList()
    {
        using var chat = new ChatHarness();

        var text = await chat.TextAsync("/weather");

        Assert.Contains("Unknown command /weather", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Router_EveryCatalogCommandHasExactlyOneHandler()
    {
        using var chat = new ChatHarness();

        var commands = chat.Services.GetServices<IChatCommand>().Select(c => c.Name).ToList();

        Assert.Equal(CommandCatalog.All.Select(c => c.Name).Order(StringComparer.Ordinal), commands.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Help_ListsEveryCommandWithItsExample()
    {
        using var chat = new ChatHarness();

        var message = await chat.RunAsync("/help");
        var text = PlainTextRenderer.Render(message);

        Assert.True(message.Ephemeral);
        Assert.All(CommandCatalog.All, c => Assert.Contains($"e.g. {c.Example}", text, StringComparison.Ordinal));
    }
}
