using Microsoft.Extensions.Options;

namespace Bot.Chat;

/// <summary>The "Chat" configuration section: how the router answers.</summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>Answer directly when ready within this window, else defer first. Discord wants an answer or a
    /// deferral within 3 s, so at most 2,500.</summary>
    public int QuickReplyMilliseconds { get; set; } = 1500;

    /// <summary>A command still running after this is cancelled and answered with an apology.</summary>
    public int CommandTimeoutSeconds { get; set; } = 120;

    /// <summary>Commands handled at the same time (across all platforms).</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Events waiting for a handler before the platforms' read loops wait.</summary>
    public int QueueCapacity { get; set; } = 256;

    /// <summary>Stories in a /digest-now digest.</summary>
    public int DigestNowStories { get; set; } = 5;

    public TimeSpan QuickReply => TimeSpan.FromMilliseconds(QuickReplyMilliseconds);

    public TimeSpan CommandTimeout => TimeSpan.FromSeconds(CommandTimeoutSeconds);
}

/// <summary>Every problem at once, each naming its key.</summary>
public sealed class ChatOptionsValidator : IValidateOptions<ChatOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        Check(problems, options.QuickReplyMilliseconds, 0, 2500, "QuickReplyMilliseconds", " (Discord needs an answer or a deferral within 3 s)");
        Check(problems, options.CommandTimeoutSeconds, 1, 900, "CommandTimeoutSeconds", " (interaction tokens last 15 minutes)");
        Check(problems, options.MaxConcurrency, 1, 64, "MaxConcurrency", string.Empty);
        Check(problems, options.QueueCapacity, 1, 100_000, "QueueCapacity", string.Empty);
        Check(problems, options.DigestNowStories, 1, 25, "DigestNowStories", string.Empty);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Check(List<string> problems, int value, int min, int max, string key, string why)
    {
        if (value < min || value > max)
        {
            problems.Add(FormattableString.Invariant($"{ChatOptions.Section}:{key} is {value}; it must be between {min} and {max}{why}."));
        }
    }
}
