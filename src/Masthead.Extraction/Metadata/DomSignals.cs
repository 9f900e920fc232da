using System.Text;
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

    /// <summary>The first line of text; a bare "By" on its own line is joined to the next one.</summary>
    private static string? FirstLine(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(2).ToList();
        if (lines.Count == 2 && Heuristics.Default.BylinePrefixes.Any(p => p.Trim().Equals(lines[0], StringComparison.OrdinalIgnoreCase)))
        {
            return lines[0] + " " + lines[1];
        }
        return lines.FirstOrDefault();
    }

    /// <summary>
    /// The element's text without that of controls and scripts (the junk tags of the body): the "Follow" button
    /// beside an author's name is not part of the name.
    /// </summary>
    private static string TextWithoutControls(IElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.GetDescendants().OfType<IText>())
        {
            if (!InsideControl(node, element))
            {
                text.Append(node.Data);
            }
        }
        return text.ToString();
    }

    private static bool InsideControl(INode node, IElement root)
    {
        for (var parent = node.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (Heuristics.Default.JunkTags.Contains(parent.LocalName))
            {
                return true;
            }
        }
        return Heuristics.Default.JunkTags.Contains(root.LocalName);
    }

    /// <summary>
    /// A byline is a small run of text: not a menu, a list or a section that merely has "author" in its class (a
    /// block inside it with text of its own gives it away; an empty one, such as a microdata holder, does not). Nor a
    /// headline (h1-h3 are titles, while h4-h6 are small print that sites do use for bylines), nor in an aside (the
    /// bylines of related stories) or a form (the "author" field of a comment form).
    /// </summary>
    private static bool IsSmallRunOfText(IElement element)
    {
        if (element.QuerySelector("ul, ol, li, nav, form, h1, h2") is not null || element.Closest("nav, footer, aside, form, h1, h2, h3") is not null)
        {
            return false;
        }
        return element.QuerySelectorAll("div, p").All(block => string.IsNullOrWhiteSpace(block.TextContent));
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
                || e.GetAttribute("itemprop")?.Contains("author", StringComparison.OrdinalIgnoreCase) == true
                || BylineClass.Matches((e.GetAttribute("class") ?? string.Empty) + " " + (e.Id ?? string.Empty)));
        foreach (var element in candidates.Take(50))
        {
            if (!IsSmallRunOfText(element))
            {
                continue;
            }
            // The first line only: bylines are often followed by the date on a line of their own.
            var text = TextNormalizer.Clean(FirstLine(TextWithoutControls(element)), 400);
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
