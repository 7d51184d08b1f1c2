namespace Bot.Quality.Figures;

/// <summary>The Recognizers-Text English spec files we score, by the model each one tests.</summary>
public enum SpecModel
{
    Number,
    Percent,
    Currency,
    Dimension,
    Temperature,
    Age,
}
