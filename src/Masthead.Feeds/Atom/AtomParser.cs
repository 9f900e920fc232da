using Masthead.Feeds.Building;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Atom;

/// <summary>Entry point for Atom 1.0 (RFC 4287) and Atom 0.3.</summary>
internal static class AtomParser
{
    public static void Parse(XmlNode root, FeedBuilder feed) => AtomAdapter.Fill(AtomReader.ReadFeed(root), feed);
}
