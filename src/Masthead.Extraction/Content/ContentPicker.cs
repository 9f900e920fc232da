using AngleSharp.Dom;

namespace Masthead.Extraction.Content;

/// <summary>
/// Picks the article container from the scores: the best candidate, lifted to a common ancestor when the
/// runners-up sit beside it, then joined by siblings that score well or read like prose (Readability.js's rules).
/// </summary>
internal static class ContentPicker
{
    private const int TopCandidates = 5;
    private const double RunnerUpShare = 0.75;
    private const int MinRunnersUp = 3;

    public static List<IElement> Pick(IElement body, Dictionary<IElement, double> scores, StatsTable stats)
    {
        if (scores.Count == 0)
        {
            return [body];
        }
        var ranked = scores.OrderByDescending(kv => kv.Value).Take(TopCandidates).ToList();
        var top = ranked[0].Key;
        var topScore = ranked[0].Value;
        top = LiftToSharedAncestor(top, topScore, ranked, body);
        topScore = scores.GetValueOrDefault(top, topScore);
        return WithSiblings(top, topScore, scores, stats, body);
    }

    private static IElement LiftToSharedAncestor(IElement top, double topScore, List<KeyValuePair<IElement, double>> ranked, IElement body)
    {
        var runnersUp = ranked.Skip(1).Where(kv => kv.Value >= topScore * RunnerUpShare).Select(kv => kv.Key).ToList();
        // A body split into chunks (same tag and class as the top one, elsewhere in the page) is one article.
        var twin = ranked.Skip(1).Select(kv => kv.Key).FirstOrDefault(r => IsTwin(top, r));
        if (twin is not null)
        {
            return CommonAncestor(top, twin) ?? top;
        }
        if (runnersUp.Count < MinRunnersUp)
        {
            return top;
        }
        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body.ParentElement; ancestor = ancestor.ParentElement)
        {
            // Only candidates beside the top one count, not the wrappers that hold it (Readability.js does the same).
            var contained = runnersUp.Count(r => r != ancestor && ancestor.Contains(r) && !r.Contains(top));
            if (contained >= MinRunnersUp)
            {
                return ancestor;
            }
        }
        return top;
    }

    private static bool IsTwin(IElement top, IElement other) =>
        other.LocalName == top.LocalName && !string.IsNullOrEmpty(top.GetAttribute("class"))
        && other.GetAttribute("class") == top.GetAttribute("class") && !other.Contains(top) && !top.Contains(other);

    private static IElement? CommonAncestor(IElement a, IElement b)
    {
        for (var ancestor = a.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.Contains(b))
            {
                return ancestor.LocalName is "body" or "html" ? null : ancestor;
            }
        }
        return null;
    }

    private static List<IElement> WithSiblings(IElement top, double topScore, Dictionary<IElement, double> scores, StatsTable stats, IElement body)
    {
        if (top == body || top.ParentElement is not IElement parent)
        {
            return [top];
        }
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var picked = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                picked.Add(sibling);
                continue;
            }
            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                picked.Add(sibling);
            }
            else if (ReadsLikeProse(sibling, stats[sibling]))
            {
                picked.Add(sibling);
            }
        }
        return picked;
    }

    /// <summary>A paragraph of prose beside the picked block (Readability.js's rule): long and few links, or short and a sentence.</summary>
    private static bool ReadsLikeProse(IElement sibling, NodeStats stats)
    {
        if (sibling.LocalName != "p")
        {
            return false;
        }
        if (stats.Text > 80)
        {
            return stats.LinkDensity < 0.25;
        }
        return stats.Text > 0 && stats.LinkDensity == 0 && sibling.TextContent.TrimEnd().EndsWith('.');
    }
}
