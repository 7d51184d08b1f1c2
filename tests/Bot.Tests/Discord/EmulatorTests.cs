using System.Net;
using System.Text;
using Bot.Emulators.Discord;

namespace Bot.Tests.Discord;

/// <summary>The emulator's own rules, checked with hand-written requests, so tests that lean on them
/// ("the emulator accepted it, so it was within limits") mean something.</summary>
public sealed class EmulatorTests
{
    [Fact]
    public async Task Messages_DescriptionOver4096CodePoints_Rejected50035WithThePath()
    {
        await using var discord = await DiscordEmulator.StartAsync();

        using var response = await PostAsync(discord, "channels/1/messages", $$"""{"embeds":[{"description":"{{new string('a', 4097)}}"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"code\":50035", body, StringComparison.Ordinal);
        Assert.Contains("\"embeds\":{\"0\":{\"description\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_4096EmojiDescription_AcceptedBecauseCodePointsCount()
    {
        await using var discord = await DiscordEmulator.StartAsync();

        using var response = await PostAsync(discord, "channels/1/messages", $$"""{"embeds":[{"description":"{{string.Concat(Enumerable.Repeat("📈", 4096))}}"}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Messages_6001AcrossEmbeds_Rejected()
    {
        await using var discord = await DiscordEmulator.StartAsync();

        using var response = await PostAsync(discord, "channels/1/messages", $$"""{"embeds":[{"description":"{{new string('a', 4000)}}"},{"description":"{{new string('b', 2001)}}"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("6000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_WithoutAllowedMentions_WouldPingEveryone()
    {
        await using var discord = await DiscordEmulator.StartAsync();

        using var response = await PostAsync(discord, "channels/1/messages", """{"content":"@everyone <@123> <@&456>"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Assert.Single(discord.Rest.Messages.Snapshot());
        Assert.True(message.MentionEveryone);
        Assert.Equal(["123"], message.Mentions);
        Assert.Equal(["456"], message.MentionRoles);
    }

    [Fact]
    public async Task Messages_EphemeralFlagOnAChannelMessage_Rejected()
    {
        await using var discord = await DiscordEmulator.StartAsync();

        using var response = await PostAsync(discord, "channels/1/messages", """{"content":"x","flags":64}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Rest_WrongTokenOrMissingUserAgent_Refused()
    {
        await using var discord = await DiscordEmulator.StartAsync();

        using var wrongToken = await PostAsync(discord, "channels/1/messages", """{"content":"x"}""", token: "nope");
        using var noAgent = await PostAsync(discord, "channels/1/messages", """{"content":"x"}""", userAgent: null);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noAgent.StatusCode);
        Assert.Equal(2, discord.Rest.InvalidRequests);
    }

    [Fact]
    public async Task Messages_SixthInTheWindow_429WithRetryAfterAndHeaders()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            using var ok = await PostAsync(discord, "channels/7/messages", """{"content":"x"}""");
            Assert.Equal((4 - i).ToString(System.Globalization.CultureInfo.InvariantCulture), ok.Headers.GetValues("X-RateLimit-Remaining").Single());
        }

        using var limited = await PostAsync(discord, "channels/7/messages", """{"content":"x"}""");
        using var otherChannel = await PostAsync(discord, "channels/8/messages", """{"content":"x"}""");

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Contains("retry_after", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherChannel.StatusCode);
    }

    [Fact]
    public async Task Callback_SecondOneOrAfterTheDeadline_40060Or10062()
    {
        var clock = new SignallingTimeProvider();
        await using var discord = await DiscordEmulator.StartAsync(new DiscordEmulatorOptions { Time = clock });
        var early = new EmulatedInteraction("11", "tok-a", discord.Options.ApplicationId, 2, "1", clock.GetUtcNow());
        var late = new EmulatedInteraction("12", "tok-b", discord.Options.ApplicationId, 2, "1", clock.GetUtcNow());
        discord.Rest.Register(early);
        discord.Rest.Register(late);

        using var first = await PostAsync(discord, "interactions/11/tok-a/callback", """{"type":5}""", token: null);
        using var second = await PostAsync(discord, "interactions/11/tok-a/callback", """{"type":5}""", token: null);
        clock.Advance(TimeSpan.FromSeconds(3.001));
        using var tooLate = await PostAsync(discord, "interactions/12/tok-b/callback", """{"type":5}""", token: null);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("40060", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, tooLate.StatusCode);
        Assert.Contains("10062", await tooLate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_Type8ForACommand_Rejected()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        discord.Rest.Register(new EmulatedInteraction("21", "tok", discord.Options.ApplicationId, 2, "1", discord.Options.Time.GetUtcNow()));

        using var response = await PostAsync(discord, "interactions/21/tok/callback", """{"type":8,"data":{"choices":[]}}""", token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Commands_UppercaseNameOrRequiredAfterOptional_Rejected()
    {
        await using var discord = await DiscordEmulator.StartAsync();

        using var upper = await PutAsync(discord, """[{"name":"Summary","description":"x"}]""");
        using var order = await PutAsync(discord, """[{"name":"s","description":"x","options":[{"type":3,"name":"a","description":"a"},{"type":3,"name":"b","description":"b","required":true}]}]""");
        using var both = await PutAsync(discord, """[{"name":"s","description":"x","options":[{"type":3,"name":"a","description":"a","autocomplete":true,"choices":[{"name":"x","value":"x"}]}]}]""");

        Assert.All(new[] { upper, order, both }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
    }

    private static Task<HttpResponseMessage> PutAsync(DiscordEmulator discord, string body) =>
        SendAsync(discord, HttpMethod.Put, $"applications/{discord.Options.ApplicationId}/commands", body, discord.Options.Token, "DiscordBot (https://example.invalid, 1.0)");

    private static Task<HttpResponseMessage> PostAsync(DiscordEmulator discord, string route, string body, string? token = "", string? userAgent = "DiscordBot (https://example.invalid, 1.0)") =>
        SendAsync(discord, HttpMethod.Post, route, body, token == "" ? discord.Options.Token : token, userAgent);

    private static async Task<HttpResponseMessage> SendAsync(DiscordEmulator discord, HttpMethod method, string route, string body, string? token, string? userAgent)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, discord.ApiBaseUrl + "/" + route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + token);
        }

        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        return await http.SendAsync(request);
    }
}
