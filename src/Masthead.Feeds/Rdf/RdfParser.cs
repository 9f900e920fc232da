using Masthead.Feeds.Building;
using Masthead.Feeds.Rss;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Rdf;

/// <summary>
/// Entry point for RSS 1.0 (https://web.resource.org/rss/1.0/spec) and RSS 0.90: an rdf:RDF root whose
/// channel, image, textinput and items are siblings. The elements are RSS's, so the RSS wire model and
/// adapter serve, read from the root instead of the channel.
/// </summary>
internal static class RdfParser
{
    public static void Parse(XmlNode root, FeedBuilder feed)
    {
        var channel = root.Children.FirstOrDefault(c => c.LocalName == "channel");
        RssAdapter.Fill(RssReader.Read(channel, root), feed);
    }
}
