using Bot.Chat.Messages;

namespace Bot.Chat.Context;

/// <summary>A value, or the message that explains to the user why there is none (a list to pick from, a hint).</summary>
public sealed record Lookup<T>(T? Value, ChatMessage? Problem)
    where T : class
{
    public bool Found => Problem is null && Value is not null;

    public static Lookup<T> Of(T value) => new(value, null);

    public static Lookup<T> Fail(ChatMessage problem) => new(null, problem);
}
