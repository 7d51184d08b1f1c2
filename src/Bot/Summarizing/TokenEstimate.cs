namespace Bot.Summarizing;

/// <summary>
/// Tokens estimated as characters ÷ 4, rounded up: the usual rule of thumb for English with OpenAI's tokenizers.
/// It decides where a long article is cut and what the budget reserves before a call; the budget is then settled
/// with the token counts the server reports.
/// </summary>
internal static class TokenEstimate
{
    public static int Of(string text) => (text.Length + 3) / 4;
}
