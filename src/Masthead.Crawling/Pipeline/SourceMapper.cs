using Masthead.Crawling.Channel;
using Masthead.Crawling.Model;

namespace Masthead.Crawling.Pipeline;

/// <summary>Configured sources (channel file, OPML) into stored sources.</summary>
public static class SourceMapper
{
    public static Source FromOptions(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Source
        {
            FeedUrl = options.FeedUrl,
            Name = string.IsNullOrWhiteSpace(options.Name) ? HostOf(options.FeedUrl) : options.Name,
            SiteUrl = options.SiteUrl,
            IconUrl = options.IconUrl,
            FullText = options.FullText,
            Include = options.Include,
            Exclude = options.Exclude,
            RefreshInterval = TimeSpan.FromMinutes(Math.Max(1, options.RefreshMinutes)),
            Category = options.Category,
        };
    }

    public static string HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
}
