using Bot.Digest.Figures;

namespace Bot.Digest.Summarize.Guard;

/// <summary>
/// The number-recognition seam of the guard: every figure stated in a piece of text, as <see cref="KeyFigure"/>
/// records whose <see cref="KeyFigure.Sentence"/> is that text and whose <see cref="KeyFigure.Start"/> is the offset
/// of <see cref="KeyFigure.Text"/> in it. The guard runs the same recogniser over the generated bullet and over the
/// source, so both sides are normalised the same way ("$294K" and "$294,000" are both 294000 USD).
/// </summary>
public interface IFigureRecognizer
{
    IReadOnlyList<KeyFigure> Recognize(string text);
}
