using Bot.Digest;

namespace Bot.Chat.Stores;

/// <summary>
/// Checks a schedule typed in /subscribe ("daily 08:00 Europe/Berlin", a cron expression) and returns the text to
/// store. The default (<see cref="PlainScheduleParser"/>) only checks its shape; the feeds work registers one that
/// understands it (replace the registration: the last <c>AddSingleton</c> wins).
/// </summary>
public interface IScheduleParser
{
    Outcome<string> Parse(string text);
}

/// <summary>Accepts one line of printable text up to 100 characters, whitespace folded.</summary>
public sealed class PlainScheduleParser : IScheduleParser
{
    public const int MaxLength = 100;

    public Outcome<string> Parse(string text)
    {
        var folded = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (folded.Length == 0)
        {
            return Outcome<string>.Failure("The schedule is empty.");
        }

        if (folded.Length > MaxLength || folded.Any(char.IsControl))
        {
            return Outcome<string>.Failure($"A schedule is one line of at most {MaxLength} characters, e.g. daily 08:00 Europe/Berlin.");
        }

        return Outcome<string>.Success(folded);
    }
}
