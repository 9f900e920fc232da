using AngleSharp.Dom;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Content;

/// <summary>
/// First clean-up of the page: code, embeds and form controls (never article text), comments, and
/// elements the page itself hides (the hidden attribute, aria-hidden, inline display:none).
/// </summary>
internal static class JunkRemover
{
    public static void Remove(IElement root)
    {
        var doomed = new List<INode>();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.ChildNodes)
            {
                if (child is IComment || (child is IElement element && IsJunk(element)))
                {
                    doomed.Add(child);
                }
                else if (child is IElement)
                {
                    stack.Push(child);
                }
            }
        }
        foreach (var node in doomed)
        {
            node.Parent?.RemoveChild(node);
        }
    }

    private static bool IsJunk(IElement element)
    {
        if (Heuristics.Default.JunkTags.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            && element.LocalName is not ("figure" or "img" or "picture"))
        {
            return true;
        }
        var style = element.GetAttribute("style");
        return style is not null && IsHiddenStyle(style);
    }

    private static bool IsHiddenStyle(string style)
    {
        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
