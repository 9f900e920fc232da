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
        if (runnersUp.Count < MinRunnersUp)
        {
            return top;
        }
        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body.ParentElement; ancestor = ancestor.ParentElement)
        {
            var contained = runnersUp.Count(r => ancestor.Contains(r));
            if (contained >= MinRunnersUp)
            {
                return ancestor;
            }
        }
        return top;
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
            else if (sibling.LocalName == "p" && ReadsLikeProse(stats[sibling], sibling.TextContent))
            {
                picked.Add(sibling);
            }
        }
        return picked;
    }

    private static bool ReadsLikeProse(NodeStats stats, string text)
    {
        if (stats.Text > 80)
        {
            return stats.LinkDensity < 0.25;
        }
        return stats.Text > 0 && stats.LinkDensity == 0 && text.TrimEnd().EndsWith('.');
    }
}
