using Masthead.Crawling.Channel;
using Masthead.Crawling.Model;

namespace Masthead.Configuration;

/// <summary>The configured source (what the operator wrote) as the store's source record.</summary>
public static class SourceMapping
{
    public static Source ToSource(this SourceOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new Source
        {
            FeedUrl = o.FeedUrl,
            Name = o.Name,
            SiteUrl = o.SiteUrl,
            IconUrl = o.IconUrl,
            FullText = o.FullText,
            Include = o.Include,
            Exclude = o.Exclude,
            RefreshInterval = TimeSpan.FromMinutes(o.RefreshMinutes),
            Category = o.Category,
        };
    }
}
