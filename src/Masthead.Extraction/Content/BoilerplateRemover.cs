using AngleSharp.Dom;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Content;

/// <summary>
/// Removes page chrome before scoring: navigation, header and footer, asides, ARIA landmarks that are not
/// the main content, and elements whose class or id says share / related / newsletter / cookie / comments
/// and so on (token table in heuristics.json). A guard keeps any element that holds a large share of the
/// page's prose, so a misnamed wrapper ("content has-sidebar") never takes the article with it; comment sections,
/// cookie notices and related lists go whatever their size, unless they hold the article itself.
/// </summary>
internal static class BoilerplateRemover
{
    /// <summary>An element holding at least this share of the page's prose is never removed as boilerplate.</summary>
    private const double GuardShare = 0.4;

    public static void Remove(IElement body)
    {
        var stats = StatsCollector.Collect(body);
        var total = Math.Max(1, Prose(stats[body]));
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            foreach (var child in element.Children)
            {
                if (IsBoilerplate(child) && !IsGuarded(child, stats[child], total))
                {
                    doomed.Add(child);
                }
                else
                {
                    stack.Push(child);
                }
            }
        }
        doomed.ForEach(e => e.Remove());
    }

    public static bool IsBoilerplate(IElement element)
    {
        var h = Heuristics.Default;
        if (element.LocalName is "article" or "main" or "body" or "p")
        {
            return false;
        }
        if (h.BoilerplateTags.Contains(element.LocalName))
        {
            return true;
        }
        var role = element.GetAttribute("role");
        if (role is not null && h.BoilerplateRoles.Contains(role.Trim()))
        {
            return true;
        }
        var names = ElementClass.Of(element);
        return names.Length > 0 && !InProse(element) && h.Boilerplate.Matches(names) && !h.Protect.Matches(names);
    }

    /// <summary>
    /// Class names inside running text (a link styled "textTag", a figure caption) say how it looks, not that it
    /// is chrome: only blocks outside paragraphs and figures are judged by name.
    /// </summary>
    private static bool InProse(IElement element)
    {
        if (element.LocalName is "figcaption" or "figure" || !BodyWriter.IsBlock(element))
        {
            for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            {
                if (parent.LocalName is "p" or "li" or "blockquote" or "h2" or "h3" or "h4" or "figure" or "td" or "dd")
                {
                    return true;
                }
            }
            return element.LocalName is "figcaption" or "figure";
        }
        return false;
    }

    /// <summary>Prose paragraphs (direct text runs count too: some pages write prose with &lt;br&gt; instead of &lt;p&gt;).</summary>
    private static int Prose(NodeStats stats) => stats.GoodText;

    /// <summary>
    /// Kept despite its name: it holds the article's heading or marked body, or (for a class match, not a chrome
    /// tag or landmark, and not one of the unguarded kinds) a large share of the page's prose.
    /// </summary>
    private static bool IsGuarded(IElement element, NodeStats stats, int total)
    {
        if (element.QuerySelector("h1, [itemprop~='articleBody']") is not null)
        {
            return true;
        }
        var byName = !Heuristics.Default.BoilerplateTags.Contains(element.LocalName) && element.GetAttribute("role") is null;
        return byName && !IsUnguarded(element) && (double)Prose(stats) / total >= GuardShare;
    }

    private static bool IsUnguarded(IElement element) => Heuristics.Default.Unguarded.Matches(ElementClass.Of(element));
}
