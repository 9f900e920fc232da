using AngleSharp.Html.Parser;

namespace Masthead.Crawling.Pipeline;

/// <summary>Plain text of a (sanitized) HTML fragment, paragraphs separated by blank lines.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase) { "P", "DIV", "BR", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TR" };

    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html.Trim();
        }
        // A parser per call: AngleSharp parsers are not documented as thread-safe.
        var document = new HtmlParser().ParseDocument("<body>" + html);
        foreach (var block in document.Body!.QuerySelectorAll("*").Where(e => Blocks.Contains(e.TagName)).ToList())
        {
            block.Before(document.CreateTextNode("\n\n"));
        }
        var lines = (document.Body.TextContent ?? "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0);
        return string.Join("\n\n", lines);
    }
}
