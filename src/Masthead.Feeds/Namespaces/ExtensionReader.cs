using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Namespaces;

/// <summary>Keeps an element the model has no field for as a <see cref="FeedExtension"/> (prefix, name, text, attributes).</summary>
internal static class ExtensionReader
{
    public static FeedExtension Read(XmlNode node)
    {
        var attributes = new Dictionary<string, string>(node.Attributes.Count);
        foreach (var attribute in node.Attributes)
        {
            attributes.TryAdd(attribute.LocalName, attribute.Value);
        }
        return new FeedExtension(KnownNamespaces.PrefixOf(node), node.LocalName, node.Text.Trim(), attributes);
    }
}
