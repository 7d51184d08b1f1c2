namespace Bot.Digest.Tests.Ingest;

/// <summary>Finds files of the repository (the seed article, this project's fixtures) from the test's output folder.</summary>
internal static class TestFiles
{
    public const string SeedName = "deepseek-r1-training-cost.txt";

    public static string Seed => Find(Path.Combine("seeds", SeedName));

    public static string Fixture(string name) => Find(Path.Combine("tests", "Bot.Digest.Tests", "Fixtures", name));

    public static byte[] Bytes(string path) => File.ReadAllBytes(path);

    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
