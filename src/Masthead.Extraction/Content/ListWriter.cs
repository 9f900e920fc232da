using System.Net;
using AngleSharp.Dom;

namespace Masthead.Extraction.Content;

/// <summary>Lists (one item per line of text; nested lists folded into their item) and preformatted text.</summary>
internal static class ListWriter
{
    public static Block? Write(IElement list, MediaWriter media)
    {
        var items = new List<(string Html, string Text, int Links)>();
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var buffer = new InlineBuffer();
            WriteItem(item, buffer, media);
            if (buffer.Take("li") is Block block)
            {
                items.Add((block.Html, block.Text, block.LinkChars));
            }
        }
        if (items.Count == 0)
        {
            return null;
        }
        var tag = list.LocalName;
        var html = $"<{tag}>" + string.Concat(items.Select(i => i.Html)) + $"</{tag}>";
        return new Block(tag, html, string.Join("\n", items.Select(i => i.Text)), items.Sum(i => i.Links));
    }

    private static void WriteItem(INode node, InlineBuffer buffer, MediaWriter media)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                buffer.AppendText(text.Data);
            }
            else if (child is IElement element && Inline.IsInline(element))
            {
                Inline.Write(element, buffer, media, n => WriteItem(n, buffer, media));
            }
            else if (child is IElement block)
            {
                // Blocks inside an item (paragraphs, nested lists) become lines of the same item.
                buffer.LineBreak();
                WriteItem(block, buffer, media);
                buffer.LineBreak();
            }
        }
    }

    public static Block? Preformatted(IElement pre)
    {
        var text = pre.TextContent.Trim('\n', '\r');
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return new Block("pre", "<pre>" + WebUtility.HtmlEncode(text) + "</pre>", text, 0);
    }
}
