using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Summarize.Guard;

/// <summary>A short version of the user's example article (seeds/deepseek-r1-training-cost.txt) and a hand-made
/// extractive digest of it.</summary>
internal static class GuardArticle
{
    public const string Lead = "In a rare disclosure, Chinese AI company DeepSeek has revealed that it trained its flagship R1 reasoning model for just $294,000, significantly undercutting the reported training budgets of U.S. giants like OpenAI and Anthropic.";
    public const string Chips = "According to DeepSeek\u2019s paper, the R1 model was trained using 512 Nvidia H800 chips over just 80 hours.";
    public const string Altman = "For comparison, OpenAI\u2019s Sam Altman said in 2023 that training GPT-4 had cost \u201Cwell over $100 million,\u201D although exact figures remain undisclosed.";
    public const string Distilled = "The Nature paper also quietly acknowledges that training data for DeepSeek\u2019s V3 model includes a \u201Csignificant number\u201D of OpenAI-generated answers.";
    public const string Critics = "Critics argue this borders on model distillation, a controversial method where one model learns indirectly from another.";

    public static Article Article { get; } = new(
        "deepseek.txt",
        "DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate",
        [
            new ArticleSection(0, null, [Lead]),
            new ArticleSection(1, "A fraction of the cost, but not without questions", [Chips + " " + Altman]),
            new ArticleSection(2, "A model built on \u2018distilled\u2019 foundations?", [Distilled + " " + Critics]),
        ]);

    public static NewsDigest Extractive { get; } = new(
        "deepseek.txt",
        "DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate",
        Lead,
        [Lead, Chips],
        [new SectionDigest(1, "A fraction of the cost, but not without questions", [Chips]), new SectionDigest(2, "A model built on \u2018distilled\u2019 foundations?", [Distilled])],
        [],
        new DigestProvenance(120, ArticleCompleteness.FullText, DigestProvenance.Extractive));
}
