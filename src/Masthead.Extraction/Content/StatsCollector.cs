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

    public static StatsTable Collect(IElement root) => Collect(root, null, null);

    /// <summary>
    /// Measures, and marks in <paramref name="pruned"/> the elements <paramref name="prune"/> rejects (they are left
    /// in the tree: removing thousands of siblings one by one is quadratic in AngleSharp; writers skip the set).
    /// </summary>
    public static StatsTable Collect(IElement root, Func<IElement, NodeStats, bool>? prune, HashSet<IElement>? pruned)
    {
        var map = new Dictionary<IElement, NodeStats>();
        Visit(root, map, inLink: false, inParagraph: false, prune, pruned);
        return new StatsTable(map);
    }

    /// <summary>
    /// Post-order: children are measured (and, with <paramref name="prune"/>, removed when it says so) before their
    /// parent, so a parent is judged on what is left of it.
    /// </summary>
    private static NodeStats Visit(IElement element, Dictionary<IElement, NodeStats> map, bool inLink, bool inParagraph, Func<IElement, NodeStats, bool>? prune, HashSet<IElement>? pruned)
    {
        var stats = new NodeStats();
        var tag = element.LocalName;
        var isLink = inLink || tag == "a";
        var isParagraph = inParagraph || Heuristics.Default.ParagraphTags.Contains(tag);
        Count(stats, tag);
        var direct = 0;
        // Index-based: AngleSharp's NextSibling is a linear search.
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement childElement)
            {
                var childStats = Visit(childElement, map, isLink, isParagraph, prune, pruned);
                if (prune is not null && prune(childElement, childStats))
                {
                    pruned?.Add(childElement);
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
