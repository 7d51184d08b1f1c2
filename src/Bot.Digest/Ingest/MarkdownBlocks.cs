namespace Bot.Digest.Ingest;

/// <summary>Line-level Markdown syntax, read leniently (a plain-text article goes through the same checks).</summary>
internal static class MarkdownBlocks
{
    /// <summary><c># Heading</c> … <c>###### Heading</c>, with optional closing hashes.</summary>
    public static bool TryAtxHeading(ReadOnlySpan<char> line, out int level, out string text)
    {
        level = 0;
        text = string.Empty;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || (level < line.Length && line[level] != ' ' && line[level] != '\t'))
        {
            return false;
        }

        var content = line[level..].Trim();
        var closing = content.TrimEnd('#');
        if (closing.Length < content.Length && (closing.IsEmpty || closing[^1] is ' ' or '\t'))
        {
            content = closing.TrimEnd();
        }

        text = content.ToString();
        return true;
    }

    /// <summary><c>===</c> (level 1) or <c>---</c> (level 2) under a line.</summary>
    public static bool IsSetextUnderline(ReadOnlySpan<char> line, out int level)
    {
        level = line.Length > 0 && line[0] == '=' ? 1 : 2;
        var marker = level == 1 ? '=' : '-';
        return line.Length >= 2 && !line.TrimEnd().ContainsAnyExcept(marker);
    }

    /// <summary><c>***</c>, <c>---</c>, <c>___</c> (spaces allowed between).</summary>
    public static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line[0] is not ('*' or '-' or '_'))
        {
            return false;
        }

        var marker = line[0];
        var count = 0;
        foreach (var c in line)
        {
            if (c == marker)
            {
                count++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>A table's header rule <c>| --- | :---: |</c>: dropped; the rows are kept as text.</summary>
    public static bool IsTableRule(ReadOnlySpan<char> line) =>
        line.Contains('-') && line.Contains('|') && !line.ContainsAnyExcept("|-: \t");

    public static ReadOnlySpan<char> StripQuoteMarkers(ReadOnlySpan<char> line)
    {
        while (!line.IsEmpty && line[0] == '>')
        {
            line = line[1..].TrimStart();
        }

        return line;
    }

    /// <summary><c>- item</c>, <c>* item</c>, <c>+ item</c>, <c>• item</c>, <c>1. item</c>, <c>2) item</c>.</summary>
    public static bool TryListItem(ReadOnlySpan<char> line, out ReadOnlySpan<char> item)
    {
        item = default;
        var markerEnd = 0;
        if (line.Length >= 2 && line[0] is '-' or '*' or '+' or '•' or '–')
        {
            markerEnd = 1;
        }
        else
        {
            while (markerEnd < line.Length && markerEnd < 3 && char.IsAsciiDigit(line[markerEnd]))
            {
                markerEnd++;
            }

            if (markerEnd == 0 || markerEnd >= line.Length || line[markerEnd] is not ('.' or ')'))
            {
                return false;
            }

            markerEnd++;
        }

        if (markerEnd >= line.Length || line[markerEnd] is not (' ' or '\t'))
        {
            return false;
        }

        item = line[markerEnd..].Trim();
        return !item.IsEmpty;
    }
}
