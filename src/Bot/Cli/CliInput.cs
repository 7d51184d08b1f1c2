using Bot.Digest;

namespace Bot.Cli;

/// <summary>One thing to read: a file (<see cref="Path"/>) or a page (<see cref="Url"/>); <see cref="Name"/> is how
/// messages and the output's <c>source</c> call it.</summary>
internal sealed record CliInput(string Name, string? Path = null, Uri? Url = null)
{
    /// <summary>Extensions a folder is read for; other files (feeds, images, notes) are left alone.</summary>
    public static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"];

    /// <summary>What the input names: an http(s) URL, one file, or (digest only) a folder's article files by name.</summary>
    public static Outcome<IReadOnlyList<CliInput>> Resolve(string input, CliVerb verb)
    {
        if (input.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(input, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                ? One(new CliInput(input, Url: url))
                : Fail($"{input}: only http and https URLs can be read");
        }

        if (Directory.Exists(input))
        {
            return verb == CliVerb.Digest ? Folder(input) : Fail($"{input}: is a folder; {verb.ToString().ToLowerInvariant()} reads one file or URL (digest reads folders)");
        }

        return File.Exists(input) ? One(new CliInput(input, Path: input)) : Fail($"{input}: no such file or folder");
    }

    private static Outcome<IReadOnlyList<CliInput>> Folder(string folder)
    {
        List<CliInput> files;
        try
        {
            files = Directory.EnumerateFiles(folder)
                .Select(System.IO.Path.GetFileName)
                .OfType<string>()
                .Where(name => !name.StartsWith('.') && ArticleExtensions.Contains(System.IO.Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(name => new CliInput(System.IO.Path.Join(folder, name), Path: System.IO.Path.Join(folder, name)))
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail($"{folder}: cannot list the folder ({ex.GetType().Name})");
        }

        return files.Count > 0 ? Outcome<IReadOnlyList<CliInput>>.Success(files) : Fail($"{folder}: no article files ({string.Join(", ", ArticleExtensions)}) in this folder");
    }

    private static Outcome<IReadOnlyList<CliInput>> One(CliInput input) => Outcome<IReadOnlyList<CliInput>>.Success([input]);

    private static Outcome<IReadOnlyList<CliInput>> Fail(string message) => Outcome<IReadOnlyList<CliInput>>.Failure(message);
}
