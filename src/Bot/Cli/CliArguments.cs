using System.Globalization;
using Bot.Digest;

namespace Bot.Cli;

/// <summary>
/// Parses <c>verb input [options]</c>. Options may come before or after the input, as <c>--opt value</c> or
/// <c>--opt=value</c>. <c>--Section:Key value</c> (a colon in the name) is a configuration override that the host's
/// command-line configuration already applied, so it is skipped here rather than called unknown.
/// </summary>
public static class CliArguments
{
    public const int MaxBullets = 10;

    public static Outcome<CliRequest> Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var name = args.Count == 0 ? string.Empty : args[0].ToLowerInvariant();
        CliVerb? known = name switch
        {
            "digest" => CliVerb.Digest,
            "summary" => CliVerb.Summary,
            "figures" => CliVerb.Figures,
            _ => null,
        };
        if (known is not { } verb)
        {
            return Fail($"expected digest, summary or figures, got \"{name}\"");
        }

        string? input = null;
        int? bullets = null;
        string? section = null;
        var json = false;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            var (option, inline) = Split(arg);
            switch (option)
            {
                case "-h" or "--help":
                    return Outcome<CliRequest>.Success(new CliRequest(verb, input ?? string.Empty, Help: true));
                case "--json" when inline is null:
                    json = true;
                    break;
                case "--bullets":
                    if (verb != CliVerb.Digest)
                    {
                        return Fail($"{name} has no --bullets option (digest has)");
                    }

                    var count = inline ?? Next(args, ref i);
                    if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxBullets)
                    {
                        return Fail($"--bullets takes a number from 1 to {MaxBullets}, got \"{count}\"");
                    }

                    bullets = n;
                    break;
                case "--section":
                    if (verb == CliVerb.Digest)
                    {
                        return Fail("digest has no --section option (summary and figures have)");
                    }

                    section = inline ?? Next(args, ref i);
                    if (string.IsNullOrWhiteSpace(section))
                    {
                        return Fail("--section needs a section number or name");
                    }

                    break;
                case not null when option.StartsWith("--", StringComparison.Ordinal) && option.Contains(':', StringComparison.Ordinal):
                    if (inline is null)
                    {
                        i++;
                    }

                    break;
                case not null when option.StartsWith('-') && option.Length > 1:
                    return Fail($"{name} has no {option} option");
                default:
                    if (input is not null)
                    {
                        return Fail($"{name} takes one input, got \"{input}\" and \"{arg}\"");
                    }

                    input = arg;
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail($"{name} needs a {(verb == CliVerb.Digest ? "file, folder or URL" : "file or URL")}");
        }

        return Outcome<CliRequest>.Success(new CliRequest(verb, input, bullets, section, json));
    }

    private static (string? Option, string? Inline) Split(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return (arg, null);
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    private static string Next(IReadOnlyList<string> args, ref int i) => i + 1 < args.Count ? args[++i] : string.Empty;

    private static Outcome<CliRequest> Fail(string message) => Outcome<CliRequest>.Failure(message);
}
