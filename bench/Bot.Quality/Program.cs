using System.Globalization;
using Bot.Digest;
using Bot.Digest.Ingest;
using Bot.Quality;
using Bot.Quality.Data;
using Bot.Quality.Evaluation;

// The quality harness (docs/quality.md). One command:
//   dotnet run -c Release --project bench/Bot.Quality -- <dataset.jsonl> [--limit N] [--no-ots] [--spawn N] [--out file.md] [--dump results.jsonl]
// Other modes: --tune <dataset.jsonl> [--weights Knob=v,...] [--evaluate] (search the ranking weights on the tuning
//              half from the given start, or only score that start on both halves);
//              --digest-file <path> (digest one text file and print it: what the whole-process speed run spawns).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length == 2 && args[0] == "--digest-file")
{
    return DigestFile(args[1]);
}

var tune = args.Contains("--tune");
var positional = new List<string>();
int? limit = null;
var spawn = 100;
var withOts = true;
string? outPath = null;
string? dumpPath = null;
string? weights = null;
var evaluateOnly = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--tune":
            break;
        case "--no-ots":
            withOts = false;
            break;
        case "--limit" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var l):
            limit = l;
            i++;
            break;
        case "--spawn" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s):
            spawn = s;
            i++;
            break;
        case "--out" when i + 1 < args.Length:
            outPath = args[++i];
            break;
        case "--dump" when i + 1 < args.Length:
            dumpPath = args[++i];
            break;
        case "--weights" when i + 1 < args.Length:
            weights = args[++i];
            break;
        case "--evaluate":
            evaluateOnly = true;
            break;
        default:
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Usage($"unknown option {args[i]}");
            }

            positional.Add(args[i]);
            break;
    }
}

if (positional.Count != 1)
{
    var hint = EvalData.File("bbc-news-summary", "bbc_news_summary.jsonl");
    return Usage(hint is null ? "give the dataset path" : $"give the dataset path, e.g. {hint}");
}

if (!File.Exists(positional[0]))
{
    return Usage($"{positional[0]}: no such file");
}

var load = JsonlDataset.Read(positional[0]);
foreach (var error in load.Errors.Take(20))
{
    Console.Error.WriteLine($"skipped {error}");
}

var articles = limit is { } n ? load.Articles.Take(n).ToList() : load.Articles;
Console.Error.WriteLine($"{articles.Count} articles ({load.Errors.Count} lines skipped)");
if (articles.Count == 0)
{
    return Usage("no usable articles in the dataset");
}

if (tune)
{
    Tuner.Run(articles, Console.Out, weights, evaluateOnly);
    return 0;
}

var report = QualityRun.Run(new QualityRunOptions(positional[0], limit, withOts, spawn), articles, Console.Error);
var markdown = report.ToMarkdown();
Console.Out.Write(markdown);
if (outPath is not null)
{
    File.WriteAllText(outPath, markdown);
}

if (dumpPath is not null)
{
    ResultDump.Write(dumpPath, report.Results, articles);
}

return 0;

static int Usage(string problem)
{
    Console.Error.WriteLine($"bot-quality: {problem}");
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Bot.Quality -- <dataset.jsonl> [--limit N] [--no-ots] [--spawn N] [--out file.md] [--dump results.jsonl]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/Bot.Quality -- --tune <dataset.jsonl> [--weights Knob=v,...] [--evaluate]");
    return 2;
}

static int DigestFile(string path)
{
    byte[] bytes;
    try
    {
        bytes = File.ReadAllBytes(path);
    }
    catch (IOException e)
    {
        Console.Error.WriteLine($"{path}: {e.Message}");
        return 2;
    }

    var read = ArticleReader.Read(bytes, "text/plain", path);
    if (!read.IsSuccess || read.Value is null)
    {
        Console.Error.WriteLine(read.Error);
        return 2;
    }

    var digest = new Digester().Digest(read.Value);
    Console.Out.WriteLine(digest.Tldr);
    foreach (var bullet in digest.Bullets)
    {
        Console.Out.WriteLine($"- {bullet}");
    }

    return 0;
}
