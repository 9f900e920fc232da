using AngleSharp.Dom;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Content;

/// <summary>
/// The readability-style class weight: +25 when class or id reads like content, -25 when it reads like chrome
/// (checked separately for class and for id, as Readability.js does).
/// </summary>
internal static class ClassWeight
{
    private const int Step = 25;

    public static int Of(IElement element)
    {
        var h = Heuristics.Default;
        var weight = 0;
        foreach (var name in new[] { element.GetAttribute("class"), element.Id })
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }
            if (h.Negative.Matches(name))
            {
                weight -= Step;
            }
            if (h.Positive.Matches(name))
            {
                weight += Step;
            }
        }
        if (element.GetAttribute("itemprop")?.Contains("articleBody", StringComparison.OrdinalIgnoreCase) == true)
        {
            weight += 2 * Step;
        }
        return weight;
    }
}
