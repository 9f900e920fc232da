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
        var builder = new StringBuilder();
        foreach (var child in node.Children)
        {
            Write(child, builder);
        }
        return builder.ToString();
    }

    private static void Write(XmlNode node, StringBuilder builder)
    {
        if (node.IsText)
        {
            AppendEscaped(builder, node.Text, false);
            return;
        }
        builder.Append('<').Append(node.LocalName);
        foreach (var attribute in node.Attributes)
        {
            var name = attribute.Prefix.Length == 0 || attribute.Prefix == "xml" ? attribute.LocalName : attribute.Prefix + ":" + attribute.LocalName;
            if (attribute.Prefix == "xml")
            {
                name = "xml:" + attribute.LocalName;
            }
            builder.Append(' ').Append(name).Append("=\"");
            AppendEscaped(builder, attribute.Value, true);
            builder.Append('"');
        }
        if (node.Children.Count == 0 && VoidElements.Contains(node.LocalName))
        {
            builder.Append(" />");
            return;
        }
        builder.Append('>');
        foreach (var child in node.Children)
        {
            Write(child, builder);
        }
        builder.Append("</").Append(node.LocalName).Append('>');
    }

    public static void AppendEscaped(StringBuilder builder, string text, bool attribute)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"' when attribute: builder.Append("&quot;"); break;
                default: builder.Append(c); break;
            }
        }
    }

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text, false);
        return builder.ToString();
    }
}
