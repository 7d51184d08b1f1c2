using System.Text.Json.Nodes;

namespace Bot.Emulators.Discord;

/// <summary>Collects field errors and renders Discord's 50035 body: errors nested by JSON path, leaves
/// <c>{"_errors":[{"code","message"}]}</c>.</summary>
public sealed class FormErrors
{
    private readonly List<(string Path, string Code, string Message)> errors = [];

    public bool Any => errors.Count > 0;

    public IReadOnlyList<(string Path, string Code, string Message)> All => errors;

    public void Add(string path, string code, string message) => errors.Add((path, code, message));

    public void MaxLength(string path, int length, int max)
    {
        if (length > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }
    }

    public string ToJson()
    {
        var root = new JsonObject();
        foreach (var (path, code, message) in errors)
        {
            var node = root;
            foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node[segment] as JsonObject ?? (JsonObject)(node[segment] = new JsonObject());
            }

            var list = node["_errors"] as JsonArray ?? (JsonArray)(node["_errors"] = new JsonArray());
            list.Add(new JsonObject { ["code"] = code, ["message"] = message });
        }

        return new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body", ["errors"] = root }.ToJsonString();
    }
}
