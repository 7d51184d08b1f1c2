using Bot.Digest.Ingest;

namespace Bot.Digest.Summarize.Guard;

/// <summary>
/// Checks what a language model wrote against the article it summarised, synchronously and offline: every figure
/// (<see cref="FigureCheck"/>), every quotation (<see cref="QuoteCheck"/>) and every name (<see cref="NameCheck"/>)
/// must be the source's own. A text that fails is replaced by the extractive text for the same content
/// (<see cref="ReplacementPicker"/>; the extractive TL;DR for the TL;DR) or dropped, so nothing unverified is shown.
/// </summary>
public sealed class FaithfulnessGuard(IFigureRecognizer recognizer)
{
    public FaithfulnessGuard()
        : this(ExtractorFigureRecognizer.Instance)
    {
    }

    public GuardSource Prepare(Article article, NewsDigest extractive) => GuardSource.Of(article, extractive, recognizer);

    public BulletVerdict Check(string bullet, GuardSource source)
    {
        ArgumentNullException.ThrowIfNull(bullet);
        ArgumentNullException.ThrowIfNull(source);
        var text = GuardText.Normalise(bullet);
        var problems = new List<GuardProblem>();
        FigureCheck.Run(text, source, recognizer, problems);
        QuoteCheck.Run(text, source, problems);
        NameCheck.Run(text, source, problems);
        return new BulletVerdict(text, problems);
    }

    /// <summary>The draft with every failing text replaced or dropped (and repeats dropped); each section keeps its
    /// index and title.</summary>
    public GuardedDraft Guard(SummaryDraft draft, GuardSource source)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(source);
        var decisions = new List<GuardedText>();
        var shown = new HashSet<string>(StringComparer.Ordinal);

        var tldr = Decide(draft.Tldr, source, _ => source.ExtractiveTldr.Length > 0 ? source.ExtractiveTldr : null, shown, decisions);
        var bullets = draft.Bullets.Select(b => Decide(b, source, _ => ReplacementPicker.Pick(b, null, source, shown), shown, decisions))
            .OfType<string>().ToList();
        var sections = new List<SectionDigest>();
        foreach (var section in draft.Sections)
        {
            // Each section is read on its own (/summary 2), so repeats are only avoided within it.
            var inSection = new HashSet<string>(StringComparer.Ordinal);
            var kept = section.Bullets
                .Select(b => Decide(b, source, _ => ReplacementPicker.Pick(b, section.Index, source, inSection), inSection, decisions))
                .OfType<string>()
                .ToList();
            sections.Add(section with { Bullets = kept });
        }

        return new GuardedDraft(new SummaryDraft(tldr ?? string.Empty, bullets, sections), decisions);
    }

    private string? Decide(string generated, GuardSource source, Func<string, string?> replacement, HashSet<string> shown, List<GuardedText> decisions)
    {
        if (string.IsNullOrWhiteSpace(generated))
        {
            return null;
        }

        var verdict = Check(generated, source);
        if (verdict.Passed && shown.Add(verdict.Text))
        {
            decisions.Add(new GuardedText(generated, generated.Trim(), GuardAction.Kept, []));
            return generated.Trim();
        }

        var instead = verdict.Passed ? null : replacement(generated);
        if (instead is not null && shown.Add(GuardText.Normalise(instead)))
        {
            decisions.Add(new GuardedText(generated, instead, GuardAction.Replaced, verdict.Problems));
            return instead;
        }

        decisions.Add(new GuardedText(generated, null, GuardAction.Dropped, verdict.Problems));
        return null;
    }
}
