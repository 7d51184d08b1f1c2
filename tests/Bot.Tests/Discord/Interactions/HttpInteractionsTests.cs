using System.Net;
using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Discord.Interactions;
using Bot.Emulators.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Discord.Interactions;

public sealed class HttpInteractionsTests
{
    [Fact]
    public async Task HttpMode_VectorAPing_AnsweredWithPong()
    {
        await using var harness = await StartAsync();

        using var response = await harness.Emulator.Http.SendRawAsync(Endpoint(harness), SignatureVectors.Ping, SignatureVectors.Timestamp, SignatureVectors.PingSignature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string?, string?, bool> Forgeries => new()
    {
        { "timestamp +1 s", "1735689601", SignatureVectors.PingSignature, false },
        { "re-serialised body", SignatureVectors.Timestamp, SignatureVectors.PingSignature, true },
        { "signature byte changed", SignatureVectors.Timestamp, SignatureVectors.PingSignatureFirstByte57, false },
        { "no headers", null, null, false },
        { "no signature", SignatureVectors.Timestamp, null, false },
        { "non-hex signature", SignatureVectors.Timestamp, "not-hex-at-all", false },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task HttpMode_ForgedRequest_Gets401(string what, string? timestamp, string? signature, bool reserialised)
    {
        await using var harness = await StartAsync();

        using var response = await harness.Emulator.Http.SendRawAsync(Endpoint(harness), reserialised ? SignatureVectors.PingReserialised : SignatureVectors.Ping, timestamp, signature);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, what);
        Assert.Contains(harness.Log.Entries.Snapshot(), e => e.Id == 1301);
    }

    [Fact]
    public async Task HttpMode_VectorBCommand_CallsBackThenAnswers202()
    {
        await using var harness = await StartAsync();
        await using var router = new FakeRouter(harness.Platform, (e, ct) => ((CommandReceived)e).Reply.ReplyAsync(ChatMessage.Text("Markets: stocks rose 1.2%."), ct));

        using var response = await harness.Emulator.Http.SendRawAsync(Endpoint(harness), SignatureVectors.Command, SignatureVectors.Timestamp, SignatureVectors.CommandSignature);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var interaction = harness.Emulator.Rest.FindInteraction("1000000000000000040")!;
        Assert.Equal(4, interaction.CallbackType);
        Assert.Equal("Markets: stocks rose 1.2%.", interaction.Original!.Content);
        var received = (CommandReceived)Assert.Single(router.Events.Snapshot());
        Assert.Equal("markets", received.Invocation.Options["section"]);
        Assert.Equal(new Conversation("discord", "1000000000000000010"), received.Conversation);
    }

    [Fact]
    public async Task HttpMode_Start_RegistersCommandsWithoutAGateway()
    {
        await using var harness = await StartAsync();

        var put = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.GuildCommands);

        Assert.Equal(200, put.Status);
        Assert.Empty(harness.Emulator.Gateway.Connections.Snapshot());
    }

    [Fact]
    public async Task HttpMode_SignedGarbage_Gets400AndTheEndpointKeepsWorking()
    {
        await using var harness = await StartAsync();

        using var garbage = await harness.Emulator.Http.SendAsync(Endpoint(harness), "{not json");
        using var ping = await harness.Emulator.Http.SendRawAsync(Endpoint(harness), SignatureVectors.Ping, SignatureVectors.Timestamp, SignatureVectors.PingSignature);

        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
    }

    private static Task<DiscordHarness> StartAsync() =>
        DiscordHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = SignatureVectors.PublicKey,
            ["Discord:InteractionsUrl"] = "http://127.0.0.1:0/interactions",
        });

    private static Uri Endpoint(DiscordHarness harness) =>
        harness.Host.Services.GetRequiredService<DiscordHttpInteractionsService>().BoundUri!;
}
