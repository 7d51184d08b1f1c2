using System.Runtime.InteropServices;
using System.Text;
using Bot.Quality.Data;

namespace Bot.Quality.Systems;

/// <summary>
/// `ots` in-process: the same libots (libots-1.so.0, installed with the `ots` package) the command uses, called through
/// P/Invoke with the same steps as the command (English dictionary, parse, grade, highlight by percent, text out), so
/// the in-process speed of both summarizers is measured side by side without process start-up.
/// </summary>
public static partial class OtsLibrary
{
    private const string Lib = "libots-1.so.0";

    public static bool Available()
    {
        try
        {
            var doc = ots_new_article();
            ots_free_article(doc);
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Summarizes the text (title line, blank line, body) at <paramref name="percent"/> and returns ots's text output.</summary>
    public static string Summarize(string text, int percent)
    {
        var doc = ots_new_article();
        try
        {
            if (ots_load_xml_dictionary(doc, "en"u8.ToArray()) == 0)
            {
                throw new InvalidOperationException("libots could not load its English dictionary (/usr/share/ots/en.xml)");
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            ots_parse_stream(bytes, (nuint)bytes.Length, doc);
            ots_grade_doc(doc);
            ots_highlight_doc(doc, percent);
            var result = ots_get_doc_text(doc, out var length);
            try
            {
                return result == IntPtr.Zero ? string.Empty : Marshal.PtrToStringUTF8(result, (int)length);
            }
            finally
            {
                g_free(result);
            }
        }
        finally
        {
            ots_free_article(doc);
        }
    }

    /// <summary>The percent the command would be given for this article and budget (see <see cref="OtsCommand"/>).</summary>
    public static int PercentFor(EvalArticle article, int wordBudget)
    {
        ArgumentNullException.ThrowIfNull(article);
        var total = Evaluation.WordBudget.Count(article.ToPlainText());
        var title = Evaluation.WordBudget.Count(article.Title);
        return Math.Clamp((int)Math.Ceiling(100.0 * (wordBudget + title) / Math.Max(total, 1)), 1, 100);
    }

    [LibraryImport(Lib)]
    private static partial IntPtr ots_new_article();

    [LibraryImport(Lib)]
    private static partial void ots_free_article(IntPtr doc);

    [LibraryImport(Lib)]
    private static partial int ots_load_xml_dictionary(IntPtr doc, byte[] name);

    [LibraryImport(Lib)]
    private static partial void ots_parse_stream(byte[] utf8, nuint length, IntPtr doc);

    [LibraryImport(Lib)]
    private static partial void ots_grade_doc(IntPtr doc);

    [LibraryImport(Lib)]
    private static partial void ots_highlight_doc(IntPtr doc, int percent);

    [LibraryImport(Lib)]
    private static partial IntPtr ots_get_doc_text(IntPtr doc, out nuint length);

    [LibraryImport("libglib-2.0.so.0")]
    private static partial void g_free(IntPtr memory);
}
