namespace CrlmDecision.Service.Configuration;

/// <summary>
/// The service's settings, bound from the configuration section <c>Service</c> (appsettings.json or environment
/// variables such as <c>Service__Auth__AllowAnonymous</c>) and validated when the host starts: a bad setting
/// stops the start with every problem in one message.
/// </summary>
public sealed class ServiceOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Service";

    /// <summary>
    /// The service's public base URL as clients call it, e.g. <c>https://cds.example.org</c>. A token's
    /// <c>aud</c> must be this URL or the URL of the CDS service it calls (CDS Hooks 2.0).
    /// </summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>What the centre offers, given to the FHIR endpoints' facts; null (absent) leaves it unknown.</summary>
    public CentreOptions? Centre { get; set; }

    /// <summary>Who may call the service.</summary>
    public AuthOptions Auth { get; set; } = new();

    /// <summary>Bounds on what one request may cost.</summary>
    public LimitsOptions Limits { get; set; } = new();

    /// <summary>OpenTelemetry export; off by default.</summary>
    public TelemetryOptions Telemetry { get; set; } = new();
}

/// <summary>CDS Hooks authorisation: JWT bearer tokens from configured issuers, or anonymous for a local demo.</summary>
public sealed class AuthOptions
{
    /// <summary>
    /// Serve without any token. Only for a local demo on loopback: the start-up log says so in a warning. Cannot be
    /// combined with <see cref="Issuers"/>.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>The token issuers (CDS clients) whose signed tokens are accepted.</summary>
    public IList<IssuerOptions> Issuers { get; init; } = [];

    /// <summary>Longest accepted token lifetime (exp - iat), seconds; CDS Hooks advises at most five minutes.</summary>
    public int MaxTokenLifetimeSeconds { get; set; } = 300;

    /// <summary>Allowed clock difference with the issuer, seconds.</summary>
    public int ClockSkewSeconds { get; set; } = 30;
}

/// <summary>One trusted CDS client.</summary>
public sealed class IssuerOptions
{
    /// <summary>The client's <c>iss</c>, exactly as in its tokens.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>
    /// The client's public keys as a JSON Web Key Set (the document its <c>jku</c> would serve), configured here so
    /// the service never fetches keys from a URL a token names.
    /// </summary>
    public string JwksJson { get; set; } = "";
}

/// <summary>Request bounds; hostile requests are refused before they cost memory or time.</summary>
public sealed class LimitsOptions
{
    /// <summary>Largest request body, bytes (default 1 MiB; a CDS Hooks prefetch for one patient is a few tens of KiB).</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted in a request (a FHIR Bundle needs about 10).</summary>
    public int MaxJsonDepth { get; set; } = 64;
}

/// <summary>OpenTelemetry traces and metrics through the OTLP exporter (its standard <c>OTEL_EXPORTER_OTLP_*</c> variables).</summary>
public sealed class TelemetryOptions
{
    /// <summary>Export traces and metrics; off by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "crlm-decision-service";
}
