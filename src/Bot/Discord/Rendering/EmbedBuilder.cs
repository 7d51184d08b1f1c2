namespace Bot.Discord.Rendering;

/// <summary>
/// Builds an <see cref="Embed"/> and refuses one Discord would reject (50035). Limits in Unicode code points;
/// the names mirror Discord.Net's builder (which counts UTF-16 units and is stricter than the server).
/// </summary>
public sealed class EmbedBuilder
{
    public const int MaxTitleLength = 256;
    public const int MaxDescriptionLength = 4096;
    public const int MaxFieldCount = 25;
    public const int MaxFieldNameLength = 256;
    public const int MaxFieldValueLength = 1024;
    public const int MaxFooterTextLength = 2048;
    public const int MaxAuthorNameLength = 256;
    public const int MaxUrlLength = 2048;

    /// <summary>Across all embeds of one message.</summary>
    public const int MaxEmbedLength = 6000;

    public const int MaxEmbedsPerMessage = 10;

    /// <summary>Plain <c>content</c> of a bot message.</summary>
    public const int MaxMessageSize = 2000;

    private readonly List<EmbedField> fields = [];
    private string? title;
    private string? description;
    private string? url;
    private string? footer;
    private int? color;

    public EmbedBuilder WithTitle(string? value)
    {
        title = value;
        return this;
    }

    public EmbedBuilder WithDescription(string? value)
    {
        description = value;
        return this;
    }

    /// <summary>http(s) only; an embed URL shared by two embeds of a message hides the second.</summary>
    public EmbedBuilder WithUrl(string? value)
    {
        url = value;
        return this;
    }

    public EmbedBuilder WithColor(int value)
    {
        color = value;
        return this;
    }

    public EmbedBuilder WithFooter(string? text)
    {
        footer = text;
        return this;
    }

    public EmbedBuilder AddField(string name, string value, bool inline = false)
    {
        fields.Add(new EmbedField(name, value, inline));
        return this;
    }

    public int Length => Build(validate: false).Length;

    public Embed Build() => Build(validate: true);

    private Embed Build(bool validate)
    {
        var embed = new Embed(
            Blank(title),
            Blank(description),
            Blank(url),
            color,
            Blank(footer) is { } f ? new EmbedFooter(f) : null,
            fields.Count == 0 ? null : fields.ToArray());
        if (validate)
        {
            Validate(embed);
        }

        return embed;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first limit <paramref name="embed"/> breaks.</summary>
    public static void Validate(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        Check(embed.Title, MaxTitleLength, "title");
        Check(embed.Description, MaxDescriptionLength, "description");
        Check(embed.Footer?.Text, MaxFooterTextLength, "footer.text");
        Check(embed.Author?.Name, MaxAuthorNameLength, "author.name");
        if (embed.Fields is { Count: > MaxFieldCount })
        {
            throw new ArgumentException($"An embed holds at most {MaxFieldCount} fields, not {embed.Fields.Count}.", nameof(embed));
        }

        foreach (var field in embed.Fields ?? [])
        {
            if (CodePoints.Count(field.Name) == 0 || CodePoints.Count(field.Value) == 0)
            {
                throw new ArgumentException("Embed field names and values must not be empty.", nameof(embed));
            }

            Check(field.Name, MaxFieldNameLength, "field.name");
            Check(field.Value, MaxFieldValueLength, "field.value");
        }

        if (embed.Url is { } u && (u.Length > MaxUrlLength || !IsHttpUrl(u)))
        {
            throw new ArgumentException("An embed URL must be an absolute http(s) URL of at most 2048 characters.", nameof(embed));
        }

        if (embed.Length > MaxEmbedLength)
        {
            throw new ArgumentException($"An embed is {embed.Length} characters long; a message allows {MaxEmbedLength} in total.", nameof(embed));
        }
    }

    /// <summary>Throws when the embeds of one message break the 10-embed or 6,000-character limits.</summary>
    public static void ValidateMessage(IReadOnlyList<Embed> embeds)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        if (embeds.Count > MaxEmbedsPerMessage)
        {
            throw new ArgumentException($"A message holds at most {MaxEmbedsPerMessage} embeds, not {embeds.Count}.", nameof(embeds));
        }

        foreach (var embed in embeds)
        {
            Validate(embed);
        }

        var total = embeds.Sum(e => e.Length);
        if (total > MaxEmbedLength)
        {
            throw new ArgumentException($"The embeds of one message total {total} characters; the limit is {MaxEmbedLength}.", nameof(embeds));
        }
    }

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static void Check(string? value, int max, string name)
    {
        var length = CodePoints.Count(value);
        if (length > max)
        {
            throw new ArgumentException($"Embed {name} is {length} characters long; the limit is {max}.", name);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
