namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Temperatures: "40C", "40°C", "98.6 degrees f", "-5 degree fahrenheit", "10.5 celcius", "85°", "20 degrees" (when
/// nothing is being turned). A glued "C"/"F" needs a temperature cue: "13F filing", "Boeing 777F", "14.7C/" are not.
/// </summary>
internal static class TemperatureReader
{
    public static bool TryRead(RecognitionContext c, int i, out Reading r)
    {
        r = default;
        var s = c.Scan;
        var n = c.Numbers[i];
        if (n.Has(NumberFlags.AttachedLeft))
        {
            return false;
        }

        var k = n.End;
        if (s.IsPunct(k, '-') && s.Attached(k) && s.Attached(k + 1))
        {
            k++;
        }

        string? unit = null;
        var end = k;
        if (s.IsPunct(k, '°') || s.IsPunct(k, 'º'))
        {
            end = k + 1;
            unit = Scale(s, end, out var scaleEnd) ?? "°";
            if (unit == "°" && c.AngleContext)
            {
                return false;
            }

            end = unit == "°" ? end : scaleEnd;
        }
        else if (s.IsAny(k, ["deg", "degree", "degrees"]))
        {
            // "Three Degrees" (a band) is a name; "a 360-degree view" is an angle.
            if (char.IsUpper(s.Text[s[k].Start]) || (k > n.End && Scale(s, k + 1, out _) is null))
            {
                return false;
            }

            end = k + 1;
            if (s.Is(k, "deg") && s.IsPunct(end, '.') && s.Attached(end))
            {
                end++;
            }

            unit = Scale(s, end, out var scaleEnd);
            if (unit is null)
            {
                if (c.AngleContext || !c.TemperatureContext && s.Is(k + 1, "angle"))
                {
                    return false;
                }

                unit = "°";
            }
            else
            {
                end = scaleEnd;
            }
        }
        else if (ScaleWord(s, k) is { } named && (s.L(k).Length > 1 || (s.Attached(k) && GluedLetterOk(c, k))))
        {
            unit = named;
            end = k + 1;
        }

        if (unit is null)
        {
            return false;
        }

        var start = n.First;
        var value = n.Value;
        if (!n.Has(NumberFlags.Negative) && s.IsPunct(start - 1, '-') && !s.Attached(start) && s.IsWord(start - 2) && start - 1 >= c.Floor)
        {
            start--;
            value = -value;
        }

        r = new Reading(start, end, value, unit, FigureKind.Temperature, LastNumber: i);
        return true;
    }

    /// <summary>A temperature scale after "degrees"/"°": "c", "celsius", "fahrenheit", "f".</summary>
    private static string? Scale(TextScan s, int k, out int end)
    {
        end = k + 1;
        return ScaleWord(s, k);
    }

    private static string? ScaleWord(TextScan s, int k) => s.L(k) switch
    {
        "c" or "celsius" or "celcius" or "centigrade" or "centigrate" => "°C",
        "f" or "fahrenheit" or "farenheit" or "fahrenheight" => "°F",
        _ => null,
    };

    /// <summary>"40C" / "104F": capital letter, nothing glued after, and the sentence is about temperature.</summary>
    private static bool GluedLetterOk(RecognitionContext c, int k)
    {
        var s = c.Scan;
        return s.T(k) is "C" or "F" && !s.Attached(k + 1) && c.TemperatureContext;
    }
}
