using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

public sealed class ArticleReaderTests
{
    [Fact]
    public void Read_NonUtf8Bytes_FailsNamingTheInput()
    {
        var result = ArticleReader.Read([0xC3, 0x28, 0xA0, 0xA1], "text/plain", "bad.txt");

        Assert.False(result.IsSuccess);
        Assert.StartsWith("bad.txt:", result.Error, StringComparison.Ordinal);
    }
}
