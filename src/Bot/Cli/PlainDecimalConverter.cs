using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Cli;

/// <summary>Writes 294000 for 294000.00m and 1.5 for 1.50m: a decimal keeps the scale it was parsed with, and the
/// default writer would print it ("294000.00"). Never an exponent.</summary>
internal sealed class PlainDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(Format(value), skipInputValidation: true);

    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
