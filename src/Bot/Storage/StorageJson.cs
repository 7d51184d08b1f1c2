using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Bot.Storage;

/// <summary>
/// JSON for stored records (articles, digests, claimed messages): camelCase, enums as names, and only the data
/// (computed read-only properties such as <c>Article.WordCount</c> are left out). Unknown fields are ignored and
/// missing ones take their defaults, so records that gain members still read old rows.
/// </summary>
internal static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DataOnly } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }

    private static void DataOnly(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var parameters = info.Type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null && property.AttributeProvider is System.Reflection.PropertyInfo p && !parameters.Contains(p.Name))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
