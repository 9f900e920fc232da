using System.Collections.Frozen;
using System.Xml;
using Masthead.Core;

namespace Masthead.Feeds.Xml;

/// <summary>
/// The fast path: System.Xml's reader over a well-formed document. DTDs are ignored and no resolver is set,
/// so no entity is expanded from a DTD (no billion laughs) and nothing is read from disk or the network (no
/// XXE). Any well-formedness error (an undeclared HTML entity, a bad character, a missing end tag) returns
/// null so the caller can fall back to the lenient builder.
/// </summary>
internal static class StrictTreeBuilder
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = Limits.MaxFeedBytes,
        CloseInput = true,
    };

    /// <summary>Elements that only hold other elements in every feed format (their whitespace is indentation).</summary>
    /// <remarks>Frozen: looked up for every run of indentation, and a frozen set of short names needs no full string hash.</remarks>
    private static readonly FrozenSet<string> Containers = new[] { "rss", "channel", "item", "feed", "entry", "RDF", "image", "textinput", "textInput", "author", "contributor", "source", "urlset", "url", "opml", "head", "body", "outline" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for an element whose white-space-only text is indentation, skipped unread.</summary>
    public static bool IsContainer(string localName) => Containers.Contains(localName);

    /// <summary>From UTF-8 bytes: System.Xml decodes UTF-8 faster than it reads a string.</summary>
    public static XmlTree? TryBuild(ReadOnlyMemory<byte> utf8, string? documentBase)
    {
        var stream = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(utf8, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, false)
            : new MemoryStream(utf8.ToArray(), false);
        return TryBuild(stream, documentBase);
    }

    public static XmlTree? TryBuild(string text, string? documentBase) => TryBuild(new StringReader(text), documentBase);

    private static XmlTree? TryBuild(object input, string? documentBase)
    {
        try
        {
            using var reader = input is Stream stream ? XmlReader.Create(stream, Settings) : XmlReader.Create((TextReader)input, Settings);
            var root = Read(reader, documentBase);
            return root is null ? null : new XmlTree(root, []);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static XmlNode? Read(XmlReader reader, string? documentBase)
    {
        var stack = new Stack<XmlNode>();
        var text = new TextRun();
        XmlNode? root = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    text.FlushTo(stack);
                    var node = XmlNode.Element(reader.LocalName, reader.NamespaceURI, reader.Prefix);
                    var empty = reader.IsEmptyElement;
                    ReadAttributes(reader, node);
                    var parent = stack.Count > 0 ? stack.Peek() : null;
                    ScopeInfo.Inherit(node, parent, documentBase);
                    if (parent is null)
                    {
                        root ??= node;
                    }
                    else
                    {
                        parent.Add(node);
                    }
                    if (!empty)
                    {
                        stack.Push(node);
                    }
                    break;
                case XmlNodeType.EntityReference:
                    // An entity the ignored DTD would have defined: let the lenient builder decide what it means.
                    return null;
                case XmlNodeType.EndElement:
                    text.FlushTo(stack);
                    stack.Pop();
                    break;
                case XmlNodeType.Whitespace when stack.Count == 0 || IsContainer(stack.Peek().LocalName):
                    // Indentation between the structural elements of a feed carries nothing: skip it unread.
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (stack.Count > 0)
                    {
                        text.Add(reader.Value);
                    }
                    break;
            }
        }
        return root;
    }

    /// <summary>
    /// Consecutive character data (text, CDATA sections, white space around them) collected into one string before it
    /// reaches the element: appending piece by piece would copy a large CDATA body once per following piece.
    /// </summary>
    private struct TextRun
    {
        private string? _first;
        private System.Text.StringBuilder? _more;

        public void Add(string value)
        {
            if (_first is null)
            {
                _first = value;
                return;
            }
            _more ??= new System.Text.StringBuilder();
            if (_more.Length == 0)
            {
                _more.Append(_first);
            }
            _more.Append(value);
        }

        public void FlushTo(Stack<XmlNode> stack)
        {
            if (_first is null)
            {
                return;
            }
            var value = _more is { Length: > 0 } ? _more.ToString() : _first;
            _more?.Clear();
            _first = null;
            stack.Peek().AddText(value);
        }
    }

    private static void ReadAttributes(XmlReader reader, XmlNode node)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }
        // Sized once from the count: most elements carry one to three attributes, and growing a list from four
        // slots cost more than the attributes themselves.
        List<XmlAttr>? attributes = null;
        do
        {
            if (reader.Prefix == "xmlns" || (reader.Prefix.Length == 0 && reader.LocalName == "xmlns"))
            {
                continue;
            }
            // Raw UTF-8 reaches the reader with its C1 controls: repaired here as text is in XmlNode.AddText.
            (attributes ??= new List<XmlAttr>(reader.AttributeCount)).Add(new XmlAttr(reader.LocalName, reader.NamespaceURI, reader.Prefix, Decoding.C1Controls.Repair(reader.Value)));
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        if (attributes is not null)
        {
            node.SetAttributes(attributes);
        }
    }
}
