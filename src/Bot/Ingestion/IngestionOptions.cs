using System.ComponentModel.DataAnnotations;

namespace Bot.Ingestion;

/// <summary>How the host fetches web pages (section <c>Ingestion</c>). Validated at start.</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Lets fetches reach private, loopback, link-local and metadata addresses. Off in production (SSRF);
    /// tests and local experiments against a loopback server turn it on.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>The whole fetch (every redirect hop and the body) must finish within this many seconds.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Largest body accepted (after decompression), and the largest file the CLI reads. 5 MiB by default.</summary>
    [Range(typeof(long), "1", "1073741824")]
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Redirects followed before giving up; each hop is vetted like the first URL.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The User-Agent header sent with every request (printable ASCII).</summary>
    [Required]
    [RegularExpression(@"^[\x20-\x7E]+$", ErrorMessage = "Ingestion:UserAgent must be printable ASCII on one line.")]
    public string UserAgent { get; set; } = "NewsDigestBot/1.0";
}
