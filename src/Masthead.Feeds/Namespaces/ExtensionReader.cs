using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Namespaces;

/// <summary>Keeps an element the model has no field for as a <see cref="FeedExtension"/> (prefix, name, text, attributes).</summary>
internal static class ExtensionReader
{
    /// <summary>Extension elements whose text is a URL, resolved like links (wfw comment API, trackback).</summary>
    private static readonly HashSet<string> UrlValued = new(StringComparer.OrdinalIgnoreCase)
    {
        "wfw:comment", "wfw:commentRss", "trackback:ping", "trackback:about", "admin:generatorAgent", "admin:errorReportsTo",
    };

    private static readonly Dictionary<string, string> NoAttributes = [];

    private static string Value(XmlNode node)
    {
        var value = node.Text.Trim();
        return UrlValued.Contains(KnownNamespaces.PrefixOf(node) + ":" + node.LocalName) ? Content.UrlResolver.Resolve(node.Base, value) ?? value : value;
    }

    /// <summary>Reads an unknown element of the document's own vocabulary (an Atom element Atom does not define): no prefix.</summary>
    public static FeedExtension ReadUnprefixed(XmlNode node)
    {
        var read = Read(node);
        return read with { Prefix = "" };
    }

    public static FeedExtension Read(XmlNode node)
    {
        if (node.Attributes.Count == 0)
        {
            return new FeedExtension(KnownNamespaces.PrefixOf(node), node.LocalName, Value(node), NoAttributes);
        }
        var attributes = new Dictionary<string, string>(node.Attributes.Count);
        foreach (var attribute in node.Attributes)
        {
            attributes.TryAdd(attribute.LocalName, attribute.Value);
        }
        return new FeedExtension(KnownNamespaces.PrefixOf(node), node.LocalName, Value(node), attributes);
    }
}
