namespace Bot.Ingestion;

/// <summary>
/// One GET for <see cref="WebFetcher"/>. Conditional GET: pass the <see cref="FetchResponse.ETag"/> and
/// <see cref="FetchResponse.LastModified"/> of the previous fetch; an unchanged resource answers 304 with no body.
/// </summary>
/// <param name="Url">An absolute http(s) URL.</param>
public sealed record FetchRequest(Uri Url)
{
    /// <summary>Media types ("text/html") a successful response may have; null accepts any. A response without a
    /// Content-Type is accepted (the parser sniffs).</summary>
    public IReadOnlyList<string>? AcceptedMediaTypes { get; init; }

    /// <summary>The Accept header; null sends the accepted media types, or none.</summary>
    public string? Accept { get; init; }

    /// <summary>Sent as If-None-Match (an entity tag as the server gave it, quotes included).</summary>
    public string? IfNoneMatch { get; init; }

    /// <summary>Sent as If-Modified-Since.</summary>
    public DateTimeOffset? IfModifiedSince { get; init; }

    /// <summary>A tighter body cap than Ingestion:MaxBytes for this request; never a looser one.</summary>
    public long? MaxBytes { get; init; }
}
