using System.Text;
using AngleSharp.Dom;

namespace Masthead.Extraction.Content;

/// <summary>
/// Data tables are kept as tables (cells as inline content); layout tables (nested tables, or cells that hold
/// paragraphs) are not tables to a reader and are written as ordinary containers by <see cref="BodyWriter"/>.
/// </summary>
internal static class TableWriter
{
    private const int MaxCellChars = 400;

    public static bool IsDataTable(IElement table)
    {
        if (table.GetAttribute("role") == "presentation" || table.QuerySelector("table") is not null)
        {
            return false;
        }
        foreach (var cell in table.QuerySelectorAll("td, th"))
        {
            if (cell.QuerySelector("p, div, ul, ol, h1, h2, h3, blockquote") is not null || cell.TextContent.Length > MaxCellChars)
            {
                return false;
            }
        }
        return true;
    }

    public static Block? Write(IElement table, MediaWriter media)
    {
        var html = new StringBuilder("<table>");
        var lines = new List<string>();
        var links = 0;
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            var cells = new List<string>();
            html.Append("<tr>");
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                var buffer = new InlineBuffer();
                foreach (var child in cell.ChildNodes)
                {
                    WriteCellNode(child, buffer, media);
                }
                var block = buffer.Take(cell.LocalName);
                html.Append(block?.Html ?? $"<{cell.LocalName}></{cell.LocalName}>");
                cells.Add(block?.Text ?? string.Empty);
                links += block?.LinkChars ?? 0;
            }
            html.Append("</tr>");
            lines.Add(string.Join(" ", cells.Where(c => c.Length > 0)));
        }
        html.Append("</table>");
        var text = string.Join("\n", lines.Where(l => l.Length > 0));
        return text.Length == 0 ? null : new Block("table", html.ToString(), text, links);
    }

    private static void WriteCellNode(INode node, InlineBuffer buffer, MediaWriter media)
    {
        if (node is IText text)
        {
            buffer.AppendText(text.Data);
        }
        else if (node is IElement element)
        {
            Inline.Write(element, buffer, media, n =>
            {
                foreach (var child in n.ChildNodes)
                {
                    WriteCellNode(child, buffer, media);
                }
            });
        }
    }
}
