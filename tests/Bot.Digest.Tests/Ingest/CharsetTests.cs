using System.Text;
using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

public sealed class CharsetTests
{
    private const string Paragraph = "The caf\u00e9 on the corner sold its last croissant on Sunday after forty years, and regulars queued around the block to say goodbye to the owners.";

    [Fact]
    public void Read_CharsetInContentType_IsHonoured()
    {
        var html = $"<html><head><title>Caf\u00e9 closes</title></head><body><article><h1>Caf\u00e9 closes</h1><p>{Paragraph}</p></article></body></html>";

        var article = ArticleReader.Read(Encoding.Latin1.GetBytes(html), "text/html; charset=iso-8859-1", "cafe.html").Value!;

        Assert.Equal("Caf\u00e9 closes", article.Title);
        Assert.Equal(Paragraph, article.Sections[0].Paragraphs[0]);
    }

    [Fact]
    public void Read_Latin1Label_MeansWindows1252LikeBrowsers()
    {
        var bytes = new byte[] { (byte)'P', (byte)'r', (byte)'i', (byte)'c', (byte)'e', (byte)'\n', (byte)'\n', 0x80, (byte)'5', (byte)'.' };

        var article = ArticleReader.Read(bytes, "text/plain; charset=ISO-8859-1", "euro.txt").Value!;

        Assert.Equal("\u20ac5.", article.Sections[0].Paragraphs[0]);
    }

    [Fact]
    public void Read_MetaCharsetWithoutContentType_IsHonoured()
    {
        var html = $"<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 closes</title></head><body><main><p>{Paragraph}</p></main></body></html>";

        var article = ArticleReader.Read(Encoding.Latin1.GetBytes(html), null, "cafe.html").Value!;

        Assert.Equal(Paragraph, article.Sections[0].Paragraphs[0]);
    }

    [Fact]
    public void Read_HttpEquivMetaCharset_IsHonoured()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><article><p>{Paragraph}</p></article></body></html>";

        var article = ArticleReader.Read(Encoding.Latin1.GetBytes(html), null, "cafe.html").Value!;

        Assert.Equal(Paragraph, article.Sections[0].Paragraphs[0]);
    }

    [Fact]
    public void Read_DeclaredUtf8ButInvalid_Fails()
    {
        var result = ArticleReader.Read(Encoding.Latin1.GetBytes("Caf\u00e9\n\nText."), "text/plain; charset=utf-8", "cafe.txt");

        Assert.StartsWith("cafe.txt: not valid UTF-8 text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8WithoutDeclaration_IsDecoded()
    {
        var article = ArticleReader.Read(Encoding.UTF8.GetBytes($"Caf\u00e9 closes\n\n{Paragraph}"), null, "cafe.txt").Value!;

        Assert.Equal("Caf\u00e9 closes", article.Title);
    }
}
