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
        var open = OpenTag(element, tag, media);
        if (open is null || HasBlockInside(element))
        {
            writeChildren(element);
            return;
        }
        buffer.AppendMarkup(open);
        buffer.LinkDepth += tag == "a" ? 1 : 0;
        writeChildren(element);
        buffer.LinkDepth -= tag == "a" ? 1 : 0;
        buffer.AppendMarkup($"</{tag}>");
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
