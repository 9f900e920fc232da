namespace Masthead.Crawling.Channel;

/// <summary>
/// Everything that describes one channel (one news site). Defaults live here in code; a configuration file
/// and environment variables override them; <see cref="ChannelValidator"/> checks the result at start-up.
/// Bound from the configuration section "Channel".
/// </summary>
public sealed class ChannelOptions
{
    public const string SectionName = "Channel";

    /// <summary>The masthead, shown in capitals at the top of every page.</summary>
    public string Name { get; set; } = "The Masthead News";

    public string Tagline { get; set; } = "The day's news from every side, in one place";

    /// <summary>The channel's hometown, shown on the date line (the reference shows "Remer,MN").</summary>
    public string Hometown { get; set; } = "Remer,MN";

    /// <summary>IANA time zone id for the date line and digest schedule.</summary>
    public string TimeZone { get; set; } = "America/Chicago";

    /// <summary>BCP 47 language tag of the site.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The public base URL, used for canonical links, feeds and sitemaps.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000/";

    public List<SponsorSlot> Sponsors { get; set; } = [];

    /// <summary>The hashtags articles are tagged with; the last one is the catch-all.</summary>
    public List<string> Hashtags { get; set; } =
    [
        "#politics", "#economy", "#foreignaffairs", "#military", "#society", "#culture", "#health", "#education",
        "#crime", "#sports", "#science", "#technology", "#religion", "#history", "#outdoors", "#other",
    ];

    public List<SourceOptions> Sources { get; set; } = [];

    public CrawlerOptions Crawler { get; set; } = new();

    public SummarizerOptions Summarizer { get; set; } = new();

    public DigestOptions Digest { get; set; } = new();
}
