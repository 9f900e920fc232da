using System.Text;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Content;

/// <summary>
/// Reads a text construct (RFC 4287 section 3.1; Atom 0.3 mode="escaped|base64|xml"; RSS elements that may
/// hold escaped or unescaped HTML) into a <see cref="FeedText"/>: the type decided, base64 decoded, inline
/// markup serialized, HTML sanitized against the base in scope.
/// </summary>
internal static class TextConstructReader
{
    private static readonly Dictionary<string, string> TypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = TextKind.Plain,
        ["plain"] = TextKind.Plain,
        ["text/plain"] = TextKind.Plain,
        ["html"] = TextKind.Html,
        ["text/html"] = TextKind.Html,
        ["escaped"] = TextKind.Html,
        ["xhtml"] = TextKind.Xhtml,
        ["application/xhtml+xml"] = TextKind.Xhtml,
    };

    /// <param name="defaultType">The type when the element names none; null means "plain unless it looks like HTML".</param>
    public static FeedText Read(XmlNode node, string? defaultType)
    {
        // An empty type attribute says nothing: the element's default applies.
        var declared = node.Attr("type")?.Trim() is { Length: > 0 } written ? written : null;
        var type = declared is null ? defaultType : TypeNames.TryGetValue(declared, out var known) ? known : declared.ToLowerInvariant();
        // No tree holds a character XML forbids (the lenient builder drops them); decoded base64 is checked where it is read.
        var raw = RawValue(node, ref type, declared is "xhtml" or "application/xhtml+xml");
        if (type is null)
        {
            type = FeedHtml.LooksLikeHtml(raw) ? TextKind.Html : TextKind.Plain;
        }
        var value = IsMarkup(type) ? FeedHtml.SanitizeAndRepair(raw, node.Base) : DoubleEncoding.RepairTrimmed(raw);
        return new FeedText(value, type, node.Language, node.Base);
    }

    public static bool IsMarkup(string type) =>
        type is TextKind.Html or TextKind.Xhtml || type.EndsWith("html", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal);

    private static string RawValue(XmlNode node, ref string? type, bool declaredXhtml)
    {
        var mode = node.Attr("mode");
        if (string.Equals(mode, "base64", StringComparison.OrdinalIgnoreCase) || (type is not null && !IsMarkup(type) && type != TextKind.Plain && !type.StartsWith("text/", StringComparison.Ordinal)))
        {
            var decoded = TryBase64(node.Text);
            if (decoded is not null)
            {
                return decoded;
            }
        }
        if (type == TextKind.Xhtml || string.Equals(mode, "xml", StringComparison.OrdinalIgnoreCase))
        {
            type = type == TextKind.Plain ? TextKind.Html : type ?? TextKind.Xhtml;
            // RFC 4287 3.1.1.3: the wrapping xhtml:div is not part of the content; Atom 0.3 had no such wrapper.
            return node.Namespace == Namespaces.KnownNamespaces.Atom10 && declaredXhtml ? XhtmlInner(node) : MarkupWriter.InnerMarkup(node);
        }
        if (type == TextKind.Html && EscapedInsideDiv(node) is { } escaped)
        {
            return escaped;
        }
        if (node.HasElementChildren)
        {
            type = type == TextKind.Plain ? TextKind.Plain : TextKind.Html;
            return MarkupWriter.InnerMarkup(node);
        }
        return node.Text;
    }

    /// <summary>Inline XHTML: the content of the wrapping div when there is exactly one, else all children.</summary>
    private static string XhtmlInner(XmlNode node)
    {
        XmlNode? only = null;
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.IsText && string.IsNullOrWhiteSpace(child.Text))
            {
                continue;
            }
            if (only is not null || child.IsText)
            {
                return MarkupWriter.InnerMarkup(node);
            }
            only = child;
        }
        return only is not null && only.LocalName == "div" ? MarkupWriter.InnerMarkup(only) : MarkupWriter.InnerMarkup(node);
    }

    /// <summary>
    /// Escaped HTML wrapped in a lone XHTML div inside content declared as HTML (TypePad, 2007): the div is a wrapper,
    /// its text the HTML, as feedparser reads it. Null when the element holds anything else.
    /// </summary>
    private static string? EscapedInsideDiv(XmlNode node)
    {
        if (!node.HasElementChildren)
        {
            // Text only (the common case): no div to unwrap, and asking for Children would turn the held text into a
            // child node and a list for every HTML text construct.
            return null;
        }
        XmlNode? div = null;
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.IsText ? !string.IsNullOrWhiteSpace(child.Text) : div is not null || child.LocalName != "div" || child.HasElementChildren)
            {
                return null;
            }
            div = child.IsText ? div : child;
        }
        return div?.Text;
    }

    private static string? TryBase64(string text)
    {
        try
        {
            // Bytes that are not UTF-8 text (a custom media type on a title, whose value only looks like base64) keep
            // the text as written, as feedparser and gofeed do.
            var bytes = Convert.FromBase64String(text.Trim());
            return System.Text.Unicode.Utf8.IsValid(bytes) ? IllegalChars.Remove(Encoding.UTF8.GetString(bytes)) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
