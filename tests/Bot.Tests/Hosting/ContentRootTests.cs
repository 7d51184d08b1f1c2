using Bot.Hosting;

namespace Bot.Tests.Hosting;

public sealed class ContentRootTests
{
    [Fact]
    public void Find_FromInsideTheRepository_ReturnsTheFolderWithAppsettings()
    {
        var root = ContentRoot.Find();

        Assert.True(File.Exists(Path.Combine(root, "appsettings.json")));
        Assert.True(Directory.Exists(Path.Combine(root, "seeds")));
    }
}
