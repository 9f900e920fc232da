namespace Masthead.Crawling.Channel;

/// <summary>
/// One sponsor slot. Exactly one of the three texts shows at a time: short on phones, medium on tablets,
/// long on desktops (chosen by CSS media queries, no script).
/// </summary>
public sealed class SponsorSlot
{
    public string Link { get; set; } = "";

    public string Short { get; set; } = "";

    public string Medium { get; set; } = "";

    public string Long { get; set; } = "";

    public string? Image { get; set; }
}
