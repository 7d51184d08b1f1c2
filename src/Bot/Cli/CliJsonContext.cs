using System.Text.Json.Serialization;

namespace Bot.Cli;

/// <summary>Source-generated JSON for <see cref="DigestLine"/>: camelCase names, nulls written (a field is always
/// present), numbers without exponent or trailing zeros.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(PlainDecimalConverter)])]
[JsonSerializable(typeof(DigestLine))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
