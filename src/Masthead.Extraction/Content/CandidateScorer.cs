using AngleSharp.Dom;

namespace Masthead.Extraction.Content;

/// <summary>
/// Content scoring after Readability.js (https://github.com/mozilla/readability): each paragraph scores
/// 1 + its commas + one point per 100 characters (at most 3) and passes the score up to five ancestors with
/// decay; an ancestor starts from its tag and class weight; the final score is scaled by (1 - link density).
/// </summary>
internal static class CandidateScorer
{
    private const int MinParagraphChars = 25;
    private const int AncestorLevels = 5;

    public static Dictionary<IElement, double> Score(IElement body, StatsTable stats)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in body.Descendants<IElement>())
        {
            if (!IsScorable(element, stats))
            {
                continue;
            }
            var text = stats[element];
            var score = 1.0 + text.Commas + Math.Min(text.Text / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; level < AncestorLevels && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = Initial(ancestor);
                }
                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                scores[ancestor] += score / divider;
            }
        }
        foreach (var element in scores.Keys.ToList())
        {
            scores[element] *= 1 - stats[element].LinkDensity;
        }
        return scores;
    }

    /// <summary>Paragraphs, and div-like elements that hold their own text directly (text written with &lt;br&gt;).</summary>
    private static bool IsScorable(IElement element, StatsTable stats)
    {
        if (stats[element].Text < MinParagraphChars)
        {
            return false;
        }
        return element.LocalName switch
        {
            "p" or "pre" or "td" => true,
            "div" or "section" or "article" or "blockquote" or "font" or "center" => DirectText(element) >= MinParagraphChars,
            _ => false,
        };
    }

    public static int DirectText(IElement element)
    {
        var length = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                length += TextMeasure.Length(text.Data);
            }
            else if (child is IElement inline && inline.LocalName is "a" or "b" or "i" or "em" or "strong" or "span" or "font")
            {
                length += TextMeasure.Length(inline.TextContent);
            }
        }
        return length;
    }

    private static double Initial(IElement element)
    {
        var tagScore = element.LocalName switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return tagScore + ClassWeight.Of(element);
    }
}
