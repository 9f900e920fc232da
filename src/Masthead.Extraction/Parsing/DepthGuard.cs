using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Masthead.Extraction.Parsing;

/// <summary>
/// Bounds the depth of the tree so every later walk (recursive or not) is safe: an element at the depth
/// limit keeps its text but loses its element children (Limits.MaxNestingDepth).
/// </summary>
internal static class DepthGuard
{
    /// <summary>Flattens subtrees below <paramref name="maxDepth"/>; true when anything was flattened.</summary>
    public static bool Flatten(IHtmlDocument document, int maxDepth)
    {
        if (document.DocumentElement is not IElement root)
        {
            return false;
        }
        var flattened = false;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth >= maxDepth && element.ChildElementCount > 0)
            {
                var text = TextOf(element);
                element.TextContent = text;
                flattened = true;
                continue;
            }
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
        return flattened;
    }

    /// <summary>The text of a subtree, gathered without recursion.</summary>
    public static string TextOf(INode node)
    {
        var builder = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IText text)
            {
                builder.Append(text.Data);
                continue;
            }
            var children = current.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
        return builder.ToString();
    }
}
