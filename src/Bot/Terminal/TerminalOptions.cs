using Microsoft.Extensions.Options;

namespace Bot.Terminal;

/// <summary>The "Terminal" configuration section.</summary>
public sealed class TerminalOptions
{
    public const string Section = "Terminal";

    /// <summary>null (the default): on when no Discord or Slack token is set; true: always on; false: never.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Folder of sample articles ingested at start (relative to the content root).</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Stop the bot when standard input ends (piped input). Turn off when the terminal runs beside Discord or
    /// Slack with no input attached.</summary>
    public bool ExitAtEndOfInput { get; set; } = true;
}

public sealed class TerminalOptionsValidator : IValidateOptions<TerminalOptions>
{
    public ValidateOptionsResult Validate(string? name, TerminalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.SeedsPath)
            ? ValidateOptionsResult.Fail("Terminal:SeedsPath is empty; set it to a folder of articles such as seeds.")
            : ValidateOptionsResult.Success;
    }
}
