using AngleSharp.Dom;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Content;

/// <summary>
/// One post-order pass that gives every element its <see cref="NodeStats"/>. Recursion is safe because the
/// tree depth is bounded by <c>Limits.MaxNestingDepth</c> (see Parsing/DepthGuard).
/// </summary>
internal static class StatsCollector
{
    private const int MinGoodChars = 80;
    private const double MaxGoodLinkDensity = 0.3;

    public static StatsTable Collect(IElement root, Func<IElement, NodeStats, bool>? prune = null)
    {
        var map = new Dictionary<IElement, NodeStats>();
        Visit(root, map, inLink: false, inParagraph: false, prune);
        return new StatsTable(map);
    }

    /// <summary>
    /// Post-order: children are measured (and, with <paramref name="prune"/>, removed when it says so) before their
    /// parent, so a parent is judged on what is left of it.
    /// </summary>
    private static NodeStats Visit(IElement element, Dictionary<IElement, NodeStats> map, bool inLink, bool inParagraph, Func<IElement, NodeStats, bool>? prune)
    {
        var stats = new NodeStats();
        var tag = element.LocalName;
        var isLink = inLink || tag == "a";
        var isParagraph = inParagraph || Heuristics.Default.ParagraphTags.Contains(tag);
        Count(stats, tag);
        var direct = 0;
        for (var child = element.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            if (child is IElement childElement)
            {
                var childStats = Visit(childElement, map, isLink, isParagraph, prune);
                if (prune is not null && prune(childElement, childStats))
                {
                    childElement.Remove();
                }
                else
                {
                    stats.Add(childStats);
                }
            }
            else if (child is IText text)
            {
                var length = TextMeasure.Length(text.Data);
                stats.Text += length;
                stats.LinkText += isLink ? length : 0;
                stats.ParagraphText += isParagraph ? length : 0;
                stats.Commas += TextMeasure.Commas(text.Data);
                direct += isLink ? 0 : length;
            }
            child = next;
        }
        stats.GoodText = GoodText(tag, stats, direct);
        map[element] = stats;
        return stats;
    }

    /// <summary>A paragraph counts whole when long enough and not mostly links; other elements add their own direct text run.</summary>
    private static int GoodText(string tag, NodeStats stats, int direct)
    {
        if (tag is "p" or "pre")
        {
            return stats.Text >= MinGoodChars && stats.LinkDensity < MaxGoodLinkDensity ? stats.Text - stats.LinkText : 0;
        }
        return stats.GoodText + (direct >= MinGoodChars ? direct : 0);
    }

    private static void Count(NodeStats stats, string tag)
    {
        switch (tag)
        {
            case "p":
                stats.Paragraphs++;
                break;
            case "img" or "picture":
                stats.Images++;
                break;
            case "li":
                stats.ListItems++;
                break;
            case "input" or "select" or "textarea" or "button":
                stats.Inputs++;
                break;
            case "iframe" or "embed" or "object" or "video" or "audio":
                stats.Embeds++;
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                stats.Headings++;
                break;
            default:
                break;
        }
    }
}
