using AngleSharp.Dom;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Content;

/// <summary>
/// One post-order pass that gives every element its <see cref="NodeStats"/>. Recursion is safe because the
/// tree depth is bounded by <c>Limits.MaxNestingDepth</c> (see Parsing/DepthGuard).
/// </summary>
internal static class StatsCollector
{
    public static StatsTable Collect(IElement root)
    {
        var map = new Dictionary<IElement, NodeStats>();
        Visit(root, map, inLink: false, inParagraph: false);
        return new StatsTable(map);
    }

    private static NodeStats Visit(IElement element, Dictionary<IElement, NodeStats> map, bool inLink, bool inParagraph)
    {
        var stats = new NodeStats();
        var tag = element.LocalName;
        var isLink = inLink || tag == "a";
        var isParagraph = inParagraph || Heuristics.Default.ParagraphTags.Contains(tag);
        Count(stats, tag);
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IElement childElement)
            {
                stats.Add(Visit(childElement, map, isLink, isParagraph));
            }
            else if (child is IText text)
            {
                var length = TextMeasure.Length(text.Data);
                stats.Text += length;
                stats.LinkText += isLink ? length : 0;
                stats.ParagraphText += isParagraph ? length : 0;
                stats.Commas += TextMeasure.Commas(text.Data);
            }
        }
        map[element] = stats;
        return stats;
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
