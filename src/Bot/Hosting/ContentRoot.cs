namespace Bot.Hosting;

/// <summary>
/// The repository root holds appsettings.json and seeds/. The bot runs from there (<c>dotnet run --project src/Bot</c>);
/// when started elsewhere we walk up from the current directory, then from the executable, to find it.
/// </summary>
internal static class ContentRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
