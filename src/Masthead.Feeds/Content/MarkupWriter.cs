using System.Buffers;
using System.Text;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Content;

/// <summary>
/// Writes the children of an element back out as markup: inline XHTML content (RFC 4287 section 3.1.1.3)
/// and HTML that a publisher forgot to escape inside an RSS description.
/// </summary>
internal static class MarkupWriter
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    public static string InnerMarkup(XmlNode node)
    {
        var builder = BuilderCache.Acquire(256);
        WriteChildren(node, builder);
        return BuilderCache.ToStringAndRelease(builder);
    }

    /// <summary>By index: a foreach over the IReadOnlyList boxes an enumerator per element written.</summary>
    private static void WriteChildren(XmlNode node, StringBuilder builder)
    {
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            Write(children[i], builder);
        }
    }

    private static void Write(XmlNode node, StringBuilder builder)
    {
        if (node.IsText)
        {
            AppendEscaped(builder, node.Text, false);
            return;
        }
        builder.Append('<').Append(node.LocalName);
        var attributes = node.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            // The qualified name appended in parts: it was concatenated into a new string for every prefixed attribute.
            builder.Append(' ');
            if (attribute.Prefix.Length > 0)
            {
                builder.Append(attribute.Prefix).Append(':');
            }
            builder.Append(attribute.LocalName).Append("=\"");
            AppendEscaped(builder, attribute.Value, true);
            builder.Append('"');
        }
        if (!node.HasChildren && VoidElements.Contains(node.LocalName))
        {
            builder.Append(" />");
            return;
        }
        builder.Append('>');
        if (node.HasElementChildren)
        {
            WriteChildren(node, builder);
        }
        else
        {
            // Text only (most inline elements): asking for Children would turn the held text into a child node
            // and a list for every such element, only to write the same text.
            AppendEscaped(builder, node.Text, false);
        }
        builder.Append("</").Append(node.LocalName).Append('>');
    }

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"");

    /// <summary>Escapes markup characters, copying the runs between them in one append each (text is mostly runs).</summary>
    public static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text, bool attribute)
    {
        var rest = text;
        var specials = attribute ? AttributeSpecials : TextSpecials;
        while (rest.Length > 0)
        {
            var next = rest.IndexOfAny(specials);
            if (next < 0)
            {
                builder.Append(rest);
                return;
            }
            builder.Append(rest[..next]);
            builder.Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&quot;",
            });
            rest = rest[(next + 1)..];
        }
    }

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(TextSpecials);
        if (first < 0)
        {
            return text;
        }
        // Sized exactly and written once: plain titles and summaries are escaped for every entry.
        // Counted with the vectorised Count, not a loop over every character after the first special one.
        var rest = text.AsSpan(first);
        var length = text.Length + (4 * rest.Count('&')) + (3 * (rest.Count('<') + rest.Count('>')));
        return string.Create(length, text, static (span, source) =>
        {
            var rest = source.AsSpan();
            while (true)
            {
                var next = rest.IndexOfAny(TextSpecials);
                if (next < 0)
                {
                    rest.CopyTo(span);
                    return;
                }
                rest[..next].CopyTo(span);
                var entity = rest[next] switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" };
                entity.CopyTo(span[next..]);
                span = span[(next + entity.Length)..];
                rest = rest[(next + 1)..];
            }
        });
    }
}
