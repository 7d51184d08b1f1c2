using Bot.Digest.Ingest;

namespace Bot.Tests.Summarizing.Fakes;

/// <summary>The user's example (seeds/deepseek-r1-training-cost.txt) as an article with its headed sections, built
/// here so the tests do not depend on how the reader splits text.</summary>
internal static class SeedArticle
{
    public const string Lead = "In a rare disclosure, Chinese AI company DeepSeek has revealed that it trained its flagship R1 reasoning model for just $294,000, significantly undercutting the reported training budgets of U.S. giants like OpenAI and Anthropic \u2014 where costs have run well into the tens or hundreds of millions. The announcement, made in a peer-reviewed article in Nature, has reignited global debate over the economics, transparency, and competitiveness of AI model development.";
    public const string Chips = "According to DeepSeek\u2019s paper, the R1 model was trained using 512 Nvidia H800 chips over just 80 hours.";
    public const string Altman = "For comparison, OpenAI\u2019s Sam Altman said in 2023 that training GPT-4 had cost \u201Cwell over $100 million,\u201D although exact figures remain undisclosed.";
    public const string Distilled = "The Nature paper also quietly acknowledges that training data for DeepSeek\u2019s V3 model includes a \u201Csignificant number\u201D of OpenAI-generated answers.";

    public static Article Create(ArticleCompleteness completeness = ArticleCompleteness.FullText, string title = "DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate") => new(
        "deepseek-r1-training-cost.txt",
        title,
        [
            new ArticleSection(0, null, [Lead]),
            new ArticleSection(1, "A fraction of the cost, but not without questions",
            [
                Chips + " These chips are designed specifically for the Chinese market and are less powerful than the H100s restricted by U.S. export bans.",
                "DeepSeek\u2019s claims challenge the notion that only companies with vast compute resources can train advanced large language models (LLMs). " + Altman,
            ]),
            new ArticleSection(2, "A model built on \u2018distilled\u2019 foundations?",
            [
                Distilled + " While the company insists this was incidental (as part of web-crawled data), critics argue this borders on model distillation.",
            ]),
            new ArticleSection(3, "Competitive disruption or hype?",
            [
                "Despite limited public appearances by DeepSeek founder Liang Wenfeng in recent months, the company has continued to generate global attention. Its January 2025 launch of low-cost models triggered a tech stock sell-off as investors feared their potential to undercut Western incumbents.",
            ]),
        ],
        Completeness: completeness);

    /// <summary>A faithful answer in the shape the prompt asks for.</summary>
    public static object FaithfulAnswer(params string[] extraBullets) => new
    {
        tldr = "DeepSeek says it trained its R1 model for just $294,000, far below what U.S. rivals spend.",
        bullets = new[]
        {
            "R1 was trained on 512 Nvidia H800 chips over 80 hours, according to DeepSeek's paper in Nature.",
            "OpenAI's Sam Altman said in 2023 that training GPT-4 cost \"well over $100 million.\"",
        }.Concat(extraBullets).ToArray(),
        sections = new object[]
        {
            new { index = 1, bullets = new[] { "DeepSeek used 512 H800 chips, made for the Chinese market." } },
            new { index = 2, bullets = new[] { "V3's training data includes a \u201Csignificant number\u201D of OpenAI-generated answers." } },
            new { index = 3, bullets = new[] { "Its January 2025 launch triggered a tech stock sell-off." } },
        },
    };
}
