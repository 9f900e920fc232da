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

    /// <summary>Flags compared exactly by readers (itunes:block is "yes" or not), so their text is kept as written.</summary>
    private static readonly HashSet<string> Verbatim = ["itunes:block", "itunes:explicit"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UrlValuedKeys = UrlValued.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbatimKeys = Verbatim.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Value(XmlNode node)
    {
        // "prefix:name" is assembled on the stack and looked up by span: this runs for every extension element of
        // every entry, and the concatenated key was only ever needed for the two lookups.
        var prefix = KnownNamespaces.PrefixOf(node);
        var length = prefix.Length + 1 + node.LocalName.Length;
        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(buffer);
        buffer[prefix.Length] = ':';
        node.LocalName.CopyTo(buffer[(prefix.Length + 1)..]);
        if (VerbatimKeys.Contains(buffer))
        {
            return node.Text;
        }
        var value = node.Text.Trim();
        return UrlValuedKeys.Contains(buffer) ? Content.UrlResolver.Resolve(node.Base, value) ?? value : value;
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
        var written = node.Attributes;
        for (var i = 0; i < written.Count; i++)
        {
            attributes.TryAdd(written[i].LocalName, written[i].Value);
        }
        return new FeedExtension(KnownNamespaces.PrefixOf(node), node.LocalName, Value(node), attributes);
    }
}
