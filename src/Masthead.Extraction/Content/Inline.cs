using AngleSharp.Dom;

namespace Masthead.Extraction.Content;

/// <summary>Inline markup inside a block: links (made absolute), emphasis, code, line breaks and inline images.</summary>
internal static class Inline
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "em", "strong", "b", "i", "u", "s", "sub", "sup", "code", "mark", "q", "cite", "abbr", "small", "del", "ins", "kbd", "var", "samp",
    };

    /// <summary>Elements that flow inside a paragraph (anything not a block tag).</summary>
    public static bool IsInline(IElement element) => !BodyWriter.IsBlock(element) || element.LocalName == "br";

    public static void Write(IElement element, InlineBuffer buffer, MediaWriter media, Action<INode> writeChildren)
    {
        var tag = element.LocalName;
        if (tag == "br")
        {
            buffer.LineBreak();
            return;
        }
        if (tag == "img")
        {
            if (media.InlineImage(element) is string img)
            {
                buffer.AppendImage(img);
            }
            return;
        }
        // Link text counts as link text even when the href cannot be kept (the link density of a block depends on it).
        var link = tag == "a" ? 1 : 0;
        var open = OpenTag(element, tag, media);
        buffer.LinkDepth += link;
        if (open is null || HasBlockInside(element))
        {
            writeChildren(element);
        }
        else
        {
            buffer.AppendMarkup(open);
            writeChildren(element);
            buffer.AppendMarkup($"</{tag}>");
        }
        buffer.LinkDepth -= link;
    }

    private static string? OpenTag(IElement element, string tag, MediaWriter media)
    {
        if (tag == "a")
        {
            var href = media.Link(element.GetAttribute("href"));
            return href is null ? null : $"<a href=\"{InlineBuffer.Attribute(href)}\">";
        }
        return Kept.Contains(tag) ? $"<{tag}>" : null;
    }

    private static bool HasBlockInside(IElement element)
    {
        foreach (var child in element.Descendants<IElement>())
        {
            if (BodyWriter.IsBlock(child) && child.LocalName != "br")
            {
                return true;
            }
        }
        return false;
    }
}
