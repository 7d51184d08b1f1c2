using System.Text;
using Bot.Chat.Context;
using Bot.Chat.Messages;

namespace Bot.Chat.Commands;

/// <summary>
/// Turns a <see cref="CommandInvocation"/> into options. Structured options (Discord) are taken as they are. Free
/// text (Slack, terminal) follows one grammar:
/// <list type="bullet">
/// <item><c>name:value</c> sets an option by name; the value runs to the next <c>name:</c> or the end, and may be
/// quoted (<c>article:"deepseek r1"</c>).</item>
/// <item>The other words fill the options not yet set, in catalog order: a <c>feed</c> takes one word, any other option
/// takes all remaining words (<c>/summary a model built</c> → section "a model built").</item>
/// <item><c>/digest</c> takes the whole text as its source, untouched (pasted articles contain colons).</item>
/// </list>
/// Missing required options and over-long values are answered with the usage line.
/// </summary>
public static class CommandParser
{
    public const int MaxOptionLength = 1_000;
    public const int MaxSourceLength = 200_000;

    public static Lookup<ParsedCommand> Parse(CommandInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var spec = CommandCatalog.Find(invocation.Name);
        if (spec is null)
        {
            return Lookup<ParsedCommand>.Fail(Replies.UnknownCommand(invocation.Name));
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in invocation.Options)
        {
            if (spec.Options.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)) && !string.IsNullOrWhiteSpace(value))
            {
                options[name.ToLowerInvariant()] = value.Trim();
            }
        }

        var text = invocation.Text?.Trim() ?? string.Empty;
        if (text.Length > 0)
        {
            if (spec.Name == "digest")
            {
                options.TryAdd("source", text);
            }
            else
            {
                Fill(spec, options, text);
            }
        }

        foreach (var option in spec.Options)
        {
            var max = option.Name == "source" ? MaxSourceLength : MaxOptionLength;
            if (options.TryGetValue(option.Name, out var value) && value.Length > max)
            {
                return Lookup<ParsedCommand>.Fail(Replies.Usage(spec, $"The {option.Name} is too long (at most {max} characters)."));
            }

            if (option.Required && !options.ContainsKey(option.Name))
            {
                return Lookup<ParsedCommand>.Fail(Replies.Usage(spec, $"/{spec.Name} needs a {option.Name}."));
            }
        }

        return Lookup<ParsedCommand>.Of(new ParsedCommand(spec, options));
    }

    private static void Fill(CommandSpec spec, Dictionary<string, string> options, string text)
    {
        var positional = new List<string>();
        string? current = null;
        var value = new List<string>();
        foreach (var word in Words(text))
        {
            var colon = word.IndexOf(':', StringComparison.Ordinal);
            var named = colon > 0 ? spec.Options.FirstOrDefault(o => string.Equals(o.Name, word[..colon], StringComparison.OrdinalIgnoreCase)) : null;
            if (named is not null)
            {
                Flush(options, current, value);
                current = named.Name;
                var rest = Unquote(word[(colon + 1)..]);
                if (rest.Length > 0)
                {
                    value.Add(rest);
                }
            }
            else if (current is not null)
            {
                value.Add(Unquote(word));
            }
            else
            {
                positional.Add(Unquote(word));
            }
        }

        Flush(options, current, value);
        var queue = new Queue<string>(positional.Where(w => w.Length > 0));
        foreach (var option in spec.Options.Where(o => !options.ContainsKey(o.Name)))
        {
            if (queue.Count == 0)
            {
                break;
            }

            options[option.Name] = option.Name == "feed" ? queue.Dequeue() : string.Join(' ', queue);
            if (option.Name != "feed")
            {
                queue.Clear();
            }
        }
    }

    private static void Flush(Dictionary<string, string> options, string? name, List<string> value)
    {
        if (name is not null && value.Count > 0)
        {
            options[name] = string.Join(' ', value);
        }

        value.Clear();
    }

    /// <summary>Whitespace-separated words; a double-quoted run (straight or curly quotes) is one word.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var sb = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c is '"' or '“' or '”')
            {
                quoted = !quoted;
                sb.Append('"');
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (sb.Length > 0)
                {
                    yield return sb.ToString();
                    sb.Clear();
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }

    private static string Unquote(string word) => word.Replace("\"", string.Empty, StringComparison.Ordinal).Trim();
}

/// <summary>A known command with its options by (lower-case) name.</summary>
public sealed record ParsedCommand(CommandSpec Spec, IReadOnlyDictionary<string, string> Options);
