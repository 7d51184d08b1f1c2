using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Emulators.Discord;

namespace Bot.Tests.Discord.Interactions;

public sealed class InteractionTests
{
    [Fact]
    public async Task Command_RouterRepliesAtOnce_AnsweredWithType4InsideTheDeadline()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (e, ct) => ((CommandReceived)e).Reply.ReplyAsync(TestMessages.Figures(), ct));
        await harness.WaitForReadyAsync();

        var interaction = await harness.Emulator.SendCommandAsync("figures");

        var callback = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.Callback);
        Assert.Equal(204, callback.Status); // the emulator answers 10062 after 3 s and 40060 on a second callback
        Assert.Equal(4, interaction.CallbackType);
        Assert.True(interaction.AnsweredAfter < TimeSpan.FromSeconds(3));
        Assert.Null(callback.Authorization); // the interaction token authenticates; the bot token stays home
        var data = callback.Json.GetProperty("data");
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var embed = data.GetProperty("embeds")[0];
        Assert.Equal("https://example.com/news/spirits", embed.GetProperty("url").GetString());
        Assert.Contains("**25%** tariff on imported whiskey", embed.GetProperty("description").GetString(), StringComparison.Ordinal);

        var received = Assert.IsType<CommandReceived>(Assert.Single(router.Events.Snapshot()));
        Assert.Equal(new Conversation("discord", harness.Emulator.Options.ChannelId), received.Conversation);
        Assert.Equal(harness.Emulator.Options.UserId, received.UserId);
        Assert.Equal("figures", received.Invocation.Name);
    }

    [Fact]
    public async Task Command_SummaryWithSection_OptionsReachTheRouterAndTextStaysEmpty()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (e, ct) => ((CommandReceived)e).Reply.ReplyAsync(ChatMessage.Text("The distilled section says…"), ct));
        await harness.WaitForReadyAsync();

        var interaction = await harness.Emulator.SendCommandAsync("summary", new Dictionary<string, string> { ["section"] = "distilled" });

        var received = (CommandReceived)await router.Events.FirstAsync(_ => true);
        Assert.Equal("summary", received.Invocation.Name);
        Assert.Equal("distilled", received.Invocation.Options["section"]);
        Assert.Equal("", received.Invocation.Text); // structured options only: the parser fills options from Text
        var message = await harness.Emulator.Rest.Messages.FirstAsync(m => m.InteractionId == interaction.Id);
        Assert.Equal("The distilled section says…", message.Content);
        Assert.Equal(4, interaction.CallbackType);
    }

    [Fact]
    public async Task Command_SlowDigest_DefersThenEditsOriginal()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, async (e, ct) =>
        {
            var reply = ((CommandReceived)e).Reply;
            await reply.DeferAsync(ephemeral: false, ct);
            await release.Task; // the article is being fetched and digested
            await reply.ReplyAsync(TestMessages.Figures(), ct);
        });
        await harness.WaitForReadyAsync();

        var interaction = await harness.Emulator.SendCommandAsync("digest", new Dictionary<string, string> { ["source"] = "https://example.com/news/spirits" });

        var deferred = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.Callback);
        Assert.Equal(204, deferred.Status);
        Assert.Equal(5, deferred.Json.GetProperty("type").GetInt32());
        release.SetResult();
        var edit = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.Original);
        Assert.Equal("PATCH", edit.Method);
        Assert.Equal(200, edit.Status);
        Assert.Equal(0, edit.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal(EmulatedMessage.Original, interaction.Original!.Source);
        Assert.Equal(1, interaction.Original.EmbedCount);
        Assert.Single(harness.Emulator.Requests.Where(r => r.Route == Routes.Callback));
    }

    [Fact]
    public async Task Command_RouterSilent_SafetyNetDefersBeforeTheDeadlineAndTheLateReplyEditsOriginal()
    {
        var routerEvent = new TaskCompletionSource<CommandReceived>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (e, _) =>
        {
            routerEvent.TrySetResult((CommandReceived)e);
            return Task.CompletedTask;
        });
        await harness.WaitForReadyAsync();

        var interaction = await harness.Emulator.SendCommandAsync("digest-now");
        var received = await routerEvent.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var net = await harness.Time.Timers.FirstAsync(t => t.DueTime == TimeSpan.FromSeconds(2.5));
        Assert.Equal(Timeout.InfiniteTimeSpan, net.Period);
        Assert.Empty(harness.Emulator.Requests.Where(r => r.Route == Routes.Callback));

        harness.Time.Advance(TimeSpan.FromSeconds(2.5));
        var deferred = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.Callback);
        Assert.Equal(5, deferred.Json.GetProperty("type").GetInt32());
        Assert.Equal(204, deferred.Status);

        await received.Reply.DeferAsync(ephemeral: false, CancellationToken.None); // must not send a second callback
        await received.Reply.ReplyAsync(ChatMessage.Text("Posted today's digest."), CancellationToken.None);
        Assert.Single(harness.Emulator.Requests.Where(r => r.Route == Routes.Callback));
        Assert.Equal("Posted today's digest.", interaction.Original!.Content);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1206);
    }

    [Fact]
    public async Task Command_ErrorReply_IsEphemeral()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (e, ct) => ((CommandReceived)e).Reply.ReplyAsync(ChatMessage.Text("Unknown section \"foo\". Sections: 1 Lead, 2 Markets", ephemeral: true), ct));
        await harness.WaitForReadyAsync();

        await harness.Emulator.SendCommandAsync("summary", new Dictionary<string, string> { ["section"] = "foo" });

        var callback = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.Callback);
        Assert.Equal(204, callback.Status);
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("Unknown section \"foo\". Sections: 1 Lead, 2 Markets", callback.Json.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Command_PublicDeferThenEphemeralError_RemovesThinkingAndAnswersPrivately()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, async (e, ct) =>
        {
            var reply = ((CommandReceived)e).Reply;
            await reply.DeferAsync(ephemeral: false, ct);
            await reply.ReplyAsync(ChatMessage.Text("Could not fetch the page: 404.", ephemeral: true), ct);
        });
        await harness.WaitForReadyAsync();

        var interaction = await harness.Emulator.SendCommandAsync("digest", new Dictionary<string, string> { ["source"] = "https://example.com/missing" });

        var followup = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.Followup);
        Assert.Equal(200, followup.Status);
        Assert.Equal(64, followup.Json.GetProperty("flags").GetInt32());
        Assert.True(interaction.OriginalDeleted);
        Assert.Single(harness.Emulator.Requests.Where(r => r.Route == Routes.Callback));
    }

    [Fact]
    public async Task Command_RouterRepliesTwice_SecondBecomesAFollowupNotA40060()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, async (e, ct) =>
        {
            var reply = ((CommandReceived)e).Reply;
            await reply.ReplyAsync(ChatMessage.Text("first"), ct);
            await reply.ReplyAsync(ChatMessage.Text("second"), ct);
        });
        await harness.WaitForReadyAsync();

        await harness.Emulator.SendCommandAsync("help");

        var followup = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.Followup);
        Assert.Equal(200, followup.Status);
        Assert.Single(harness.Emulator.Requests.Where(r => r.Route == Routes.Callback));
        Assert.DoesNotContain(harness.Emulator.Requests.Snapshot(), r => r.ResponseBody.Contains("40060", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_ReplyTooLongForOneMessage_FirstPartInCallbackRestAsFollowups()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (e, ct) => ((CommandReceived)e).Reply.ReplyAsync(TestMessages.LongDigest(90), ct));
        await harness.WaitForReadyAsync();

        var interaction = await harness.Emulator.SendCommandAsync("summary");

        var followups = await harness.Emulator.Requests.WaitForAsync(r => r.Route == Routes.Followup && r.Status == 200, 2);
        Assert.Equal(4, interaction.CallbackType);
        var parts = harness.Emulator.Rest.Messages.Where(m => m.InteractionId == interaction.Id);
        Assert.Equal(3, parts.Count);
        Assert.All(harness.Emulator.Requests.Where(r => r.Route is Routes.Callback or Routes.Followup), r => Assert.InRange(r.Status, 200, 204));
        Assert.Contains("part 3/3", followups[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_ManyLongChoices_Type8WithinLimits()
    {
        var choices = Enumerable.Range(1, 30).Select(i => new Choice($"{i}. Section number {i} " + new string('x', i == 3 ? 200 : 10), $"section-{i}")).ToList();
        choices.Insert(0, new Choice("Too long a value", new string('v', 101)));
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (e, ct) => ((AutocompleteRequested)e).Reply.SuggestAsync(choices, ct));
        await harness.WaitForReadyAsync();

        var interaction = await harness.Emulator.SendAutocompleteAsync("figures", "section", "mar", new Dictionary<string, string> { ["article"] = "2" });

        var callback = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.Callback);
        Assert.Equal(204, callback.Status);
        Assert.Equal(8, interaction.CallbackType);
        var sent = callback.Json.GetProperty("data").GetProperty("choices").EnumerateArray().ToArray();
        Assert.Equal(25, sent.Length);
        Assert.Equal("section-1", sent[0].GetProperty("value").GetString()); // the over-long value was dropped, order kept
        Assert.All(sent, c => Assert.InRange(c.GetProperty("name").GetString()!.EnumerateRunes().Count(), 1, 100));

        var request = Assert.IsType<AutocompleteRequested>(Assert.Single(router.Events.Snapshot()));
        Assert.Equal(("figures", "section", "mar"), (request.Command, request.Option, request.Typed));
        Assert.Equal("2", request.OtherOptions["article"]);
        Assert.False(request.OtherOptions.ContainsKey("section"));
    }

    [Fact]
    public async Task Autocomplete_RouterSilent_SafetyNetAnswersWithNoChoices()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (_, _) => Task.CompletedTask);
        await harness.WaitForReadyAsync();

        var interaction = await harness.Emulator.SendAutocompleteAsync("summary", "article", "tar");
        await router.Events.FirstAsync(_ => true);
        await harness.Time.Timers.FirstAsync(t => t.DueTime == TimeSpan.FromSeconds(2.5));
        harness.Time.Advance(TimeSpan.FromSeconds(2.5));

        var callback = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.Callback);
        Assert.Equal(204, callback.Status);
        Assert.Equal(8, interaction.CallbackType);
        Assert.Equal(0, callback.Json.GetProperty("data").GetProperty("choices").GetArrayLength());
    }

    [Fact]
    public async Task Command_InThread_ConversationIsTheParentChannelWithTheThread()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (e, ct) => ((CommandReceived)e).Reply.ReplyAsync(ChatMessage.Text("ok"), ct));
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();

        var thread = new System.Text.Json.Nodes.JsonObject { ["id"] = "1100000000000000077", ["type"] = 11, ["name"] = "discussion", ["parent_id"] = harness.Emulator.Options.ChannelId };
        var payload = System.Text.Json.Nodes.JsonNode.Parse("""
            {"id":"1300000000000000999","application_id":"1200000000000000001","type":2,"version":1,"token":"dGhyZWFk",
             "channel_id":"1100000000000000077","guild_id":"1100000000000000001",
             "member":{"user":{"id":"1000000000000000009","username":"alice"},"roles":[],"permissions":"0"},
             "data":{"id":"1","name":"sections","type":1}}
            """)!.AsObject();
        payload["channel"] = thread;
        await harness.Emulator.Gateway.DispatchAsync("INTERACTION_CREATE", payload);

        var received = (CommandReceived)await router.Events.FirstAsync(_ => true);
        Assert.Equal(new Conversation("discord", harness.Emulator.Options.ChannelId, "1100000000000000077"), received.Conversation);
    }

    [Fact]
    public async Task Interaction_MalformedPayload_IsSkippedAndTheNextOneStillWorks()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (e, ct) => ((CommandReceived)e).Reply.ReplyAsync(ChatMessage.Text("ok"), ct));
        await harness.WaitForReadyAsync();

        await harness.Emulator.Gateway.DispatchAsync("INTERACTION_CREATE", System.Text.Json.Nodes.JsonNode.Parse("""{"id":"not-a-number","type":2}"""));
        var interaction = await harness.Emulator.SendCommandAsync("help");

        await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.Callback);
        Assert.Equal(4, interaction.CallbackType);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1211);
        Assert.Single(router.Events.Snapshot());
    }
}
