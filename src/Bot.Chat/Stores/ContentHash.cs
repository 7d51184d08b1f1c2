using System.Security.Cryptography;
using System.Text;
using Bot.Digest.Ingest;

namespace Bot.Chat.Stores;

/// <summary>
/// The identity of an article's content: SHA-256 (lower-case hex) of its title, headings and paragraphs, each
/// Unicode-normalised (NFC) with whitespace runs folded, so re-fetching or re-wrapping the same text gives the same
/// hash. Source, URL and byline are not part of it: the same story from two feeds is one article.
/// </summary>
public static class ContentHash
{
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sb = new StringBuilder();
        Append(sb, article.Title);
        foreach (var section in article.Sections)
        {
            Append(sb, section.Heading);
            foreach (var paragraph in section.Paragraphs)
            {
                Append(sb, paragraph);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static void Append(StringBuilder sb, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0 && sb[^1] != '\n')
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        sb.Append('\n');
    }
}
