using AngleSharp.Dom;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Metadata;

/// <summary>
/// The least trusted sources, read from the page's visible markup: &lt;time&gt; elements and byline
/// heuristics (rel=author, byline/author class names).
/// </summary>
internal static class DomSignals
{
    private const int MaxBylineChars = 100;

    private static readonly TokenMatcher BylineClass = new(["byline", "author", "writtenby", "p-author", "contributor"], []);

    public static ArticleMetadata Read(IDocument document)
    {
        return new ArticleMetadata
        {
            Published = PublishedTime(document),
            Authors = Byline(document),
        };
    }

    private static DateTimeOffset? PublishedTime(IDocument document)
    {
        var times = document.QuerySelectorAll("time[datetime]");
        var preferred = times.FirstOrDefault(t => t.HasAttribute("pubdate")
            || ((t.GetAttribute("class") ?? string.Empty) + " " + (t.GetAttribute("itemprop") ?? string.Empty))
                .Contains("publish", StringComparison.OrdinalIgnoreCase));
        foreach (var time in preferred is null ? times : times.Prepend(preferred))
        {
            if (DateParser.Parse(time.GetAttribute("datetime")) is DateTimeOffset value)
            {
                return value;
            }
        }
        return null;
    }

    private static List<string> Byline(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return [];
        }
        var candidates = body.QuerySelectorAll("[rel~='author'], [itemprop~='author'], [class], [id]")
            .Where(e => e.GetAttribute("rel")?.Contains("author", StringComparison.OrdinalIgnoreCase) == true
                || e.HasAttribute("itemprop")
                || BylineClass.Matches((e.GetAttribute("class") ?? string.Empty) + " " + (e.Id ?? string.Empty)));
        foreach (var element in candidates.Take(50))
        {
            // A byline is a small run of text: not a menu, a list or a section that merely has "author" in its class.
            if (element.QuerySelector("ul, ol, li, div, p, nav, form, h1, h2") is not null || element.Closest("nav, footer") is not null)
            {
                continue;
            }
            // The first line only: bylines are often followed by the date on a line of their own.
            var firstLine = element.TextContent.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
            var text = TextNormalizer.Clean(firstLine, 400);
            if (text is not null && text.Length < MaxBylineChars && !text.Any(char.IsDigit))
            {
                var names = Authors.Normalize([text]);
                if (names.Count > 0)
                {
                    return names;
                }
            }
        }
        return [];
    }
}
