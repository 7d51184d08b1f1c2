using System.Text.Json;
using Bot.Digest.Figures;
using Bot.Digest.Ingest;
using Bot.Quality;

namespace Bot.Digest.Tests.Figures;

/// <summary>Over the BBC News Summary articles (third-party, read in place; skipped when absent).</summary>
public sealed class BbcFiguresTests
{
    [SkippableFact]
    public void Extract_BbcArticles_EveryFigureIsVerbatimInItsSentenceAndArticle()
    {
        var path = EvalData.File("bbc-news-summary", "bbc_news_summary.jsonl");
        Skip.If(path is null, "eval data absent: ../shared/eval/bbc-news-summary/bbc_news_summary.jsonl");

        var articles = 0;
        var figures = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var title = doc.RootElement.GetProperty("title").GetString();
            var body = doc.RootElement.GetProperty("article").GetString() ?? "";
            var paragraphs = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var article = new Article("bbc", title, [new ArticleSection(0, null, paragraphs)]);
            var sentences = SentenceSplitter.Split(article);
            foreach (var f in FigureExtractor.Extract(sentences, article))
            {
                Assert.Equal(f.Text, f.Sentence.Substring(f.Start, f.Text.Length));
                Assert.True(body.Contains(f.Sentence, StringComparison.Ordinal) || f.Sentence == title, f.Sentence);
                Assert.Contains(f.Text, (title ?? "") + "\n" + body, StringComparison.Ordinal);
                figures++;
            }

            articles++;
        }

        Assert.True(articles > 2000, $"{articles} articles read");
        Assert.True(figures > articles * 5, $"{figures} figures in {articles} articles");
    }
}
