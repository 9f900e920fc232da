using AngleSharp.Dom;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Metadata;

/// <summary>
/// The title from &lt;title&gt; when no metadata gives one: a heading that the title contains wins; otherwise
/// the site-name segment after a separator ("Story – Site") is cut, unless too little would remain.
/// </summary>
internal static class TitleCleaner
{
    private const int MinWords = 3;

    public static string? FromDocument(IDocument document)
    {
        var raw = TextNormalizer.Clean(document.QuerySelector("head > title, title")?.TextContent, 500);
        var headings = document.QuerySelectorAll("h1").Take(5)
            .Select(h => TextNormalizer.Clean(h.TextContent, 500)).OfType<string>().ToList();
        if (raw is null)
        {
            return headings.Count == 1 ? headings[0] : null;
        }
        var matching = headings.FirstOrDefault(h => h.Length >= 10 && raw.Contains(h, StringComparison.OrdinalIgnoreCase));
        return matching ?? StripSiteName(raw);
    }

    /// <summary>Cuts the last separator-delimited segment (usually the site name) when at least three words remain.</summary>
    public static string StripSiteName(string title)
    {
        foreach (var separator in Heuristics.Default.TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }
            var head = title[..at].Trim();
            if (WordCount(head) >= MinWords)
            {
                return head;
            }
            var tail = title[(at + separator.Length)..].Trim();
            return WordCount(tail) >= MinWords ? tail : title;
        }
        return title;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
