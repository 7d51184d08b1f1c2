using System.Runtime.CompilerServices;
using Bot.Chat.Commands;
using Bot.Chat.Messages;
using Bot.Chat.Routing;
using Bot.Chat.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bot.Chat.Tests.Routing;

public sealed class ChatServiceTests
{
    [Fact]
    public async Task Service_ThrowingCommand_DoesNotStopTheLoop()
    {
        var gate = new GateCommand("summary") { Answer = r => r.Option("section") == "boom" ? throw new InvalidOperationException("boom") : ChatMessage.Text("fine") };
        gate.Gate.SetResult();
        using var chat = Harness(gate);
        var service = await StartAsync(chat);
        var first = new RecordingReply();
        var second = new RecordingReply();

        await chat.Platform.Events.WriteAsync(Event("/summary boom", first));
        await chat.Platform.Events.WriteAsync(Event("/summary ok", second));
        var failed = await first.Replied;
        var fine = await second.Replied;
        chat.Platform.Events.Complete();
        await service.ExecuteTask!;

        Assert.True(failed.Ephemeral);
        Assert.Contains("failed", PlainTextRenderer.Render(failed), StringComparison.Ordinal);
        Assert.Equal("fine\n", PlainTextRenderer.Render(fine));
    }

    [Fact]
    public async Task Service_APlatformWhoseReadLoopThrows_OthersGoOn()
    {
        var gate = new GateCommand("summary");
        gate.Gate.SetResult();
        using var chat = Harness(gate, services => services.AddSingleton<IChatPlatform>(new BrokenPlatform()));
        var service = await StartAsync(chat);
        var reply = new RecordingReply();

        await chat.Platform.Events.WriteAsync(Event("/summary 1", reply));
        await reply.Replied;
        chat.Platform.Events.Complete();
        await service.ExecuteTask!;

        Assert.Contains(chat.Logs.Collector.GetSnapshot(), r => r.Id.Id == 5007 && r.Message.Contains("broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Service_ConcurrencyIsBounded()
    {
        var gate = new GateCommand("summary");
        using var chat = Harness(gate, settings: new Dictionary<string, string?> { ["Chat:MaxConcurrency"] = "2" });
        var service = await StartAsync(chat);
        var replies = Enumerable.Range(0, 5).Select(_ => new RecordingReply()).ToList();

        foreach (var reply in replies)
        {
            await chat.Platform.Events.WriteAsync(Event("/summary x", reply));
        }

        await gate.TwoRunning.Task;
        gate.Gate.SetResult();
        await Task.WhenAll(replies.Select(r => r.Replied));
        chat.Platform.Events.Complete();
        await service.ExecuteTask!;

        Assert.Equal(2, gate.MaxRunning);
    }

    private static ChatHarness Harness(GateCommand command, Action<IServiceCollection>? more = null, Dictionary<string, string?>? settings = null) =>
        new(
            services =>
            {
                services.RemoveAll<IChatCommand>();
                foreach (var spec in CommandCatalog.All.Where(c => c.Name != command.Name))
                {
                    services.AddSingleton<IChatCommand>(new ControlledCommand(spec.Name));
                }

                services.AddSingleton<IChatCommand>(command);
                more?.Invoke(services);
            },
            settings);

    private static async Task<ChatService> StartAsync(ChatHarness chat)
    {
        var service = chat.Services.GetServices<IHostedService>().OfType<ChatService>().Single();
        await service.StartAsync(CancellationToken.None);
        return service;
    }

    private static CommandReceived Event(string line, RecordingReply reply) => new(ChatHarness.Channel, "U1", CommandLine.Parse(line)!, reply);

    private sealed class BrokenPlatform : IChatPlatform
    {
        public string Name => "broken";

        public async IAsyncEnumerable<ChatEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("socket closed");
#pragma warning disable CS0162 // An iterator needs a yield to be one.
            yield break;
#pragma warning restore CS0162
        }

        public Task<PostReceipt> PostAsync(Conversation conversation, ChatMessage message, string deliveryKey, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
