using System.Globalization;

namespace Bot.Summarizing;

/// <summary>What <see cref="Bot.Digest.DigestProvenance.Method"/> says in model mode; the footer shows it.</summary>
internal static class ModelProvenance
{
    public const string Unavailable = "extractive: model unavailable";
    public const string NotSent = "extractive: too little text to send to the model";
    public const string Rejected = "extractive: the model's digest failed the check against the article";

    public static string Written(string model, int notShown) => notShown == 0
        ? $"written by {model}, every figure checked against the article"
        : string.Create(CultureInfo.InvariantCulture, $"written by {model}, every figure checked against the article ({notShown} unverifiable {(notShown == 1 ? "text" : "texts")} replaced or dropped)");
}
