using System.Text;
using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

/// <summary>Bad input is a one-line failure that names the input, never an exception.</summary>
public sealed class ArticleReaderTests
{
    /// <summary>50 MiB of text, allocated once for the class.</summary>
    private static readonly byte[] FiftyMegabytes = CreateLarge();

    [Fact]
    public void Read_NonUtf8Bytes_FailsNamingTheInputAndTheOffset()
    {
        var result = ArticleReader.Read([0xC3, 0x28, 0xA0, 0xA1], "text/plain", "bad.txt");

        Assert.False(result.IsSuccess);
        Assert.StartsWith("bad.txt: not valid UTF-8 text (byte 0xC3 at offset 0)", result.Error, StringComparison.Ordinal);
        AssertOneLine(result.Error);
    }

    [Fact]
    public void Read_Latin1WithoutCharset_FailsAsNotUtf8AtTheRightOffset()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 society\n\nA lead paragraph.");

        var result = ArticleReader.Read(bytes, null, "cafe.txt");

        Assert.StartsWith("cafe.txt: not valid UTF-8 text (byte 0xE9 at offset 3)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x0A })]
    public void Read_EmptyOrWhitespace_FailsAsEmpty(byte[] bytes)
    {
        var result = ArticleReader.Read(bytes, null, "empty.txt");

        Assert.Equal("empty.txt: empty, no text to read", result.Error);
    }

    [Fact]
    public void ReadText_Whitespace_FailsAsEmpty()
    {
        Assert.Equal("pasted text: empty, no text to read", ArticleReader.ReadText("  \n\t ", "pasted text").Error);
    }

    [Fact]
    public void Read_NulBytes_FailsAsBinary()
    {
        var bytes = Encoding.UTF8.GetBytes("Looks like text\n\nbut then\0\0\0 binary.");

        var result = ArticleReader.Read(bytes, null, "report.pdf");

        Assert.Equal("report.pdf: binary content, not an article", result.Error);
    }

    [Fact]
    public void Read_PdfSignatureWithoutNul_FailsAsBinary()
    {
        var result = ArticleReader.Read("%PDF-1.7\n% some header text\n"u8, null, "report.pdf");

        Assert.Equal("report.pdf: binary content, not an article", result.Error);
    }

    [Fact]
    public void Read_ManyControlCharacters_FailsAsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 5 == 0 ? 0x01 : 'a')).ToArray();

        Assert.Equal("noise.bin: binary content, not an article", ArticleReader.Read(bytes, null, "noise.bin").Error);
    }

    [Fact]
    public void Read_AStrayControlCharacter_IsStillText()
    {
        var text = "Title\n\n" + string.Concat(Enumerable.Repeat("A sentence of the lead paragraph. ", 20)) + "\u0007";

        Assert.True(ArticleReader.Read(Encoding.UTF8.GetBytes(text), null, "bell.txt").IsSuccess);
    }

    [Fact]
    public void Read_FiftyMegabytes_RefusedWithSizeAndLimit()
    {
        var result = ArticleReader.Read(FiftyMegabytes, "text/plain", "big.txt");

        Assert.Equal("big.txt: 52,428,800 bytes is over the 5,242,880-byte limit", result.Error);
    }

    [Fact]
    public void Read_CustomLimit_IsHonoured()
    {
        var bytes = Encoding.UTF8.GetBytes("Title\n\nA short lead paragraph.");

        Assert.Equal("small.txt: 30 bytes is over the 10-byte limit", ArticleReader.Read(bytes, null, "small.txt", maxBytes: 10).Error);
        Assert.True(ArticleReader.Read(bytes, null, "small.txt", maxBytes: 30).IsSuccess);
    }

    [Fact]
    public void Read_Utf16WithBom_IsDecodedNotBinary()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Wide title\n\nThe lead paragraph is here.")).ToArray();

        var article = ArticleReader.Read(bytes, null, "wide.txt").Value!;

        Assert.Equal("Wide title", article.Title);
    }

    [Fact]
    public void Read_Utf8Bom_IsNotPartOfTheTitle()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Title\n\nLead text.")).ToArray();

        Assert.Equal("Title", ArticleReader.Read(bytes, null, "bom.txt").Value!.Title);
    }

    [Fact]
    public void Read_HtmlWithoutArticle_FailsNamingTheInput()
    {
        var path = TestFiles.Fixture("menu-only.html");

        var result = ArticleReader.Read(File.ReadAllBytes(path), null, "menu-only.html");

        Assert.Equal("menu-only.html: no article text found", result.Error);
    }

    [Theory]
    [InlineData("<!doctype html><html><head><title>Nothing</title></head><body></body></html>")]
    [InlineData("<html><body><p>Page not found.</p></body></html>")]
    public void Read_HtmlWithEmptyOrTinyBody_FailsAsNoArticle(string html)
    {
        Assert.Equal("page.html: no article text found", ArticleReader.Read(Encoding.UTF8.GetBytes(html), "text/html", "page.html").Error);
    }

    [Fact]
    public void Read_EveryFailure_IsOneLineStartingWithTheSource()
    {
        byte[][] inputs = [[], [0xC3, 0x28], [0x00, 0x01], "<html><body></body></html>"u8.ToArray()];

        foreach (var input in inputs)
        {
            var result = ArticleReader.Read(input, null, "in/put.dat");
            Assert.False(result.IsSuccess);
            Assert.StartsWith("in/put.dat: ", result.Error, StringComparison.Ordinal);
            AssertOneLine(result.Error);
        }
    }

    private static void AssertOneLine(string? message)
    {
        Assert.NotNull(message);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
    }

    private static byte[] CreateLarge()
    {
        var bytes = new byte[50 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');
        return bytes;
    }
}
