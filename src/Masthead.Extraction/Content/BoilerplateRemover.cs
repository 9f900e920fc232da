using AngleSharp.Dom;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Content;

/// <summary>
/// Removes page chrome before scoring: navigation, header and footer, asides, ARIA landmarks that are not
/// the main content, and elements whose class or id says share / related / newsletter / cookie / comments
/// and so on (token table in heuristics.json). A guard keeps any element that holds a large share of the
/// page's paragraph text, so a misnamed wrapper ("content has-sidebar") never takes the article with it.
/// </summary>
internal static class BoilerplateRemover
{
    /// <summary>An element holding at least this share of the page's paragraph text is never removed as boilerplate.</summary>
    private const double GuardShare = 0.4;

    public static void Remove(IElement body)
    {
        var stats = StatsCollector.Collect(body);
        var total = Math.Max(1, stats[body].ParagraphText);
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            foreach (var child in element.Children)
            {
                if (IsBoilerplate(child) && (double)stats[child].ParagraphText / total < GuardShare && !HoldsArticleBody(child))
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
        return names.Length > 0 && h.Boilerplate.Matches(names) && !h.Protect.Matches(names);
    }

    private static bool HoldsArticleBody(IElement element) =>
        element.QuerySelector("[itemprop~='articleBody']") is not null;
}
