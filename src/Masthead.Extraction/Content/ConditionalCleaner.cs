using AngleSharp.Dom;

namespace Masthead.Extraction.Content;

/// <summary>
/// Prunes the picked container the way Readability.js's _cleanConditionally does: lists and blocks that are
/// mostly links, image galleries without prose, form remnants and embeds with little text go; anything with
/// many commas (running prose) stays. Unlike Readability it works bottom-up,
/// so a share bar inside the article's wrapper goes without taking the wrapper with it.
/// </summary>
internal static class ConditionalCleaner
{
    private const int ProseCommas = 10;

    /// <summary>Prunes bottom-up: a block is judged on what is left of it once its own children were pruned.</summary>
    public static void Clean(IElement root, HashSet<IElement> pruned) => StatsCollector.Collect(root, ShouldRemove, pruned);

    private static bool ShouldRemove(IElement element, NodeStats s)
    {
        if (element.LocalName is not ("div" or "section" or "ul" or "ol" or "table" or "form" or "aside" or "dl" or "header"))
        {
            return false;
        }
        if (s.Commas >= ProseCommas || InFigure(element))
        {
            return false;
        }
        var isList = element.LocalName is "ul" or "ol" or "dl";
        var weight = ClassWeight.Of(element);
        if (weight < 0 && s.GoodText == 0)
        {
            return true;
        }
        var paragraphs = Math.Max(s.Paragraphs, 0);
        return (s.Images > 1 && (double)paragraphs / s.Images < 0.5 && s.Text < 200)
            || (!isList && s.ListItems > paragraphs + 1 && s.LinkDensity > 0.3)
            || (s.Inputs > paragraphs / 3 + 1)
            || (!isList && element.LocalName != "table" && s.Text < 25 && s.Images == 0 && s.Headings == 0)
            || (weight < 25 && s.LinkDensity > 0.33 && s.Text < 1000)
            || (isList && s.LinkDensity > 0.5)
            || (weight >= 25 && s.LinkDensity > 0.5)
            || (s.Embeds > 1 && s.Text < 200);
    }

    private static bool InFigure(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "figure")
            {
                return true;
            }
        }
        return false;
    }
}
