using Masthead.Crawling.Channel;

namespace Masthead.Configuration;

/// <summary>Defaults that depend on other settings, applied after binding: the house sponsor and the starter sources.</summary>
public static class Defaults
{
    public static void Apply(ChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Sponsors.Count == 0)
        {
            options.Sponsors.Add(HouseSponsor(options));
        }
        if (options.Sources.Count == 0)
        {
            options.Sources.AddRange(StarterSources.Load());
        }
    }

    /// <summary>Until the operator sells the slot, it advertises the site's own feeds.</summary>
    public static SponsorSlot HouseSponsor(ChannelOptions options) => new()
    {
        Link = new Uri(new Uri(options.BaseUrl), "sources").AbsoluteUri,
        Short = "Every side, one page",
        Medium = $"{options.Name}: the day's news from every side",
        Long = $"{options.Name}: {options.Tagline}. Follow it by RSS, Atom or JSON Feed.",
    };
}
