using Masthead.Feeds.Building;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Rss;

/// <summary>Entry point for RSS 0.9x and 2.0: the rss root holds one channel, which holds the items.</summary>
internal static class RssParser
{
    public static void Parse(XmlNode root, FeedBuilder feed)
    {
        var channel = root.Children.FirstOrDefault(c => string.Equals(c.LocalName, "channel", StringComparison.OrdinalIgnoreCase)) ?? root;
        RssAdapter.Fill(RssReader.Read(channel, channel), feed);
        ReadRedirect(root, feed);
    }

    /// <summary>
    /// A moved feed's &lt;redirect&gt;&lt;newLocation&gt;URL&lt;/newLocation&gt;&lt;/redirect&gt; beside (or instead of) the
    /// channel, as UserLand and feedparser read it: kept as the feed's newlocation.
    /// </summary>
    private static void ReadRedirect(XmlNode root, FeedBuilder feed)
    {
        var redirect = root.Children.FirstOrDefault(c => string.Equals(c.LocalName, "redirect", StringComparison.OrdinalIgnoreCase));
        var location = redirect?.Children.FirstOrDefault(c => string.Equals(c.LocalName, "newLocation", StringComparison.OrdinalIgnoreCase));
        if (location is not null && location.Text.Trim() is { Length: > 0 } url)
        {
            feed.Extensions.Add(new FeedExtension("", "newlocation", Content.UrlResolver.Resolve(location.Base, url) ?? url, new Dictionary<string, string>()));
        }
    }
}
