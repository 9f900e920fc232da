using Masthead.Feeds.Content;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Namespaces;

/// <summary>Keeps an element the model has no field for as a <see cref="FeedExtension"/> (prefix, name, text, attributes).</summary>
internal static class ExtensionReader
{
    private enum ValueKind
    {
        /// <summary>Extension elements whose text is a URL, resolved like links (wfw comment API, trackback).</summary>
        Url,

        /// <summary>Flags compared exactly by readers (itunes:block is "yes" or not), so their text is kept as written.</summary>
        Verbatim,
    }

    /// <summary>
    /// The elements whose value is not the trimmed text, in one table: URL-valued names match in any case, verbatim ones
    /// exactly (checked after the lookup), so one hash serves both where two sets took two.
    /// </summary>
    private static readonly Dictionary<string, ValueKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["wfw:comment"] = ValueKind.Url,
        ["wfw:commentRss"] = ValueKind.Url,
        ["trackback:ping"] = ValueKind.Url,
        ["trackback:about"] = ValueKind.Url,
        ["admin:generatorAgent"] = ValueKind.Url,
        ["admin:errorReportsTo"] = ValueKind.Url,
        ["itunes:block"] = ValueKind.Verbatim,
        ["itunes:explicit"] = ValueKind.Verbatim,
    };

    private static readonly Dictionary<string, ValueKind>.AlternateLookup<ReadOnlySpan<char>> KindsBySpan = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The prefixes of the names in <see cref="Kinds"/> (wfw, trackback, admin, itunes): only their elements are looked up.</summary>
    private static readonly string[] KindPrefixes = [.. Kinds.Keys.Select(k => k[..k.IndexOf(':')]).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    private static string Value(XmlNode node, string prefix)
    {
        // Most extension elements (media, dc, content, ...) have no entry in the table: a few string comparisons on the
        // prefix spare them the case-blind hash of the whole name.
        if (!HasKindPrefix(prefix))
        {
            return TrimmedText(node);
        }
        // "prefix:name" is assembled on the stack and looked up by span: this runs for every extension element of
        // every entry, and the concatenated key was only ever needed for the lookup.
        var length = prefix.Length + 1 + node.LocalName.Length;
        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(buffer);
        buffer[prefix.Length] = ':';
        node.LocalName.CopyTo(buffer[(prefix.Length + 1)..]);
        if (!KindsBySpan.TryGetValue(buffer, out var key, out var kind))
        {
            return TrimmedText(node);
        }
        if (kind == ValueKind.Verbatim)
        {
            return buffer.SequenceEqual(key) ? node.Text : TrimmedText(node);
        }
        var value = TrimmedText(node);
        return UrlResolver.Resolve(node.Base, value) ?? value;
    }

    private static bool HasKindPrefix(string prefix)
    {
        foreach (var known in KindPrefixes)
        {
            if (string.Equals(prefix, known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The element's text, trimmed. An element with element children (media:group, a media:content holding a title and a
    /// description) has its descendants' text gathered in the thread's builder and copied once, trimmed: its Text was
    /// built in a new builder, copied to a string, and copied again by Trim for the white space between the children.
    /// </summary>
    private static string TrimmedText(XmlNode node)
    {
        if (!node.HasElementChildren)
        {
            return node.Text.Trim();
        }
        var builder = BuilderCache.Acquire(256);
        node.AppendText(builder);
        return BuilderCache.ToTrimmedStringAndRelease(builder);
    }

    /// <summary>Reads an unknown element of the document's own vocabulary (an Atom element Atom does not define): no prefix.</summary>
    public static FeedExtension ReadUnprefixed(XmlNode node) => new("", node.LocalName, Value(node, KnownNamespaces.PrefixOf(node)), Attributes(node));

    public static FeedExtension Read(XmlNode node) => Read(node, KnownNamespaces.PrefixOf(node));

    /// <summary>Reads the element whose conventional prefix the caller already looked up.</summary>
    public static FeedExtension Read(XmlNode node, string prefix) => new(prefix, node.LocalName, Value(node, prefix), Attributes(node));

    private static IReadOnlyDictionary<string, string> Attributes(XmlNode node) => node.Attributes.Count == 0 ? NoAttributes : ExtensionAttributes.Of(node);
}
