using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Emulators.Discord;

/// <summary>Application command rules (brief §3.2–§3.3): names, descriptions, option counts and order,
/// choices, autocomplete vs choices, and the 8,000-character total.</summary>
public static partial class CommandValidator
{
    public static FormErrors Validate(JsonElement commands)
    {
        var errors = new FormErrors();
        if (commands.ValueKind != JsonValueKind.Array)
        {
            errors.Add("", "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType");
            return errors;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var command in commands.EnumerateArray())
        {
            var path = $"{index++}";
            var name = String(command, "name");
            CheckName(name, path + ".name", errors);
            if (!names.Add(name))
            {
                errors.Add(path + ".name", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique");
            }

            var description = String(command, "description");
            if (description.Length is 0 or > 100)
            {
                errors.Add(path + ".description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }

            var size = name.Length + description.Length;
            if (command.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array)
            {
                size += ValidateOptions(options, path + ".options", errors);
            }

            if (size > 8000)
            {
                errors.Add(path, "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)");
            }
        }

        return errors;
    }

    private static int ValidateOptions(JsonElement options, string path, FormErrors errors)
    {
        errors.MaxLength(path, options.GetArrayLength(), 25);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seenOptional = false;
        var size = 0;
        var index = 0;
        foreach (var option in options.EnumerateArray())
        {
            var at = $"{path}.{index++}";
            var name = String(option, "name");
            var description = String(option, "description");
            size += name.Length + description.Length;
            CheckName(name, at + ".name", errors);
            if (!names.Add(name))
            {
                errors.Add(at + ".name", "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME", "Option names must be unique");
            }

            if (description.Length is 0 or > 100)
            {
                errors.Add(at + ".description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }

            var required = option.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            if (required && seenOptional)
            {
                errors.Add(at + ".required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            }

            seenOptional |= !required;
            var autocomplete = option.TryGetProperty("autocomplete", out var a) && a.ValueKind == JsonValueKind.True;
            if (option.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array)
            {
                errors.MaxLength(at + ".choices", choices.GetArrayLength(), 25);
                if (autocomplete)
                {
                    errors.Add(at + ".autocomplete", "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES", "Autocomplete cannot be set with choices");
                }

                size += choices.EnumerateArray().Sum(c => String(c, "name").Length + (c.TryGetProperty("value", out var v) ? v.ToString().Length : 0));
            }

            if (option.TryGetProperty("max_length", out var max) && max.ValueKind == JsonValueKind.Number && max.GetInt32() is < 1 or > 6000)
            {
                errors.Add(at + ".max_length", "NUMBER_TYPE_MAX", "max_length must be between 1 and 6000");
            }
        }

        return size;
    }

    private static void CheckName(string name, string path, FormErrors errors)
    {
        if (!NamePattern().IsMatch(name) || name.Any(char.IsUpper))
        {
            errors.Add(path, "APPLICATION_COMMAND_INVALID_NAME", $"Command name is invalid: \"{name}\"");
        }
    }

    private static string String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
