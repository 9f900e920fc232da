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
    }
}
