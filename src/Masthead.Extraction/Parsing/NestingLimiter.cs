using System.Text;

namespace Masthead.Extraction.Parsing;

/// <summary>
/// Bounds tag nesting in the raw text before the HTML parser sees it. The tree-construction algorithm
/// (https://html.spec.whatwg.org/multipage/parsing.html#has-an-element-in-scope) walks the stack of open elements
/// for many start tags, so 100,000 unclosed elements cost quadratic time in any conforming parser. Start tags past
/// the depth limit (and their end tags) are dropped; their text is kept. A light scan, not a tokenizer: void
/// elements, self-closing tags, elements with implied end tags, comments and raw-text elements are accounted for.
/// </summary>
internal static class NestingLimiter
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements (never have an end tag) and elements whose end tag is implied by the next sibling.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>The text with start tags beyond <paramref name="maxDepth"/> removed; the same string when none are.</summary>
    public static string Limit(string html, int maxDepth, out bool limited)
    {
        limited = Scan(html, maxDepth, null);
        if (!limited)
        {
            return html;
        }
        var output = new StringBuilder(html.Length);
        Scan(html, maxDepth, output);
        return output.ToString();
    }

    /// <summary>One pass; copies kept text to <paramref name="output"/> when given. True when a tag was dropped.</summary>
    private static bool Scan(string html, int maxDepth, StringBuilder? output)
    {
        var depth = 0;
        var dropped = 0;
        var any = false;
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 1 >= html.Length)
            {
                output?.Append(html, position, html.Length - position);
                break;
            }
            output?.Append(html, position, open - position);
            var end = TagEnd(html, open, out var name, out var closing, out var selfClosing);
            var keep = true;
            if (name.Length > 0 && !selfClosing && !NotNesting.Contains(name))
            {
                if (!closing)
                {
                    depth++;
                    keep = depth <= maxDepth;
                    dropped += keep ? 0 : 1;
                }
                else
                {
                    keep = depth <= maxDepth || dropped == 0;
                    dropped = keep ? dropped : dropped - 1;
                    depth = Math.Max(0, depth - 1);
                }
            }
            any |= !keep;
            if (keep)
            {
                output?.Append(html, open, end - open);
            }
            position = !closing && RawText.Contains(name, StringComparer.OrdinalIgnoreCase) ? SkipRawText(html, end, name, output) : end;
        }
        return any;
    }

    /// <summary>The index just past a tag (or comment) starting at <paramref name="open"/>, with its name.</summary>
    private static int TagEnd(string html, int open, out string name, out bool closing, out bool selfClosing)
    {
        name = string.Empty;
        closing = html[open + 1] == '/';
        selfClosing = false;
        if (html.AsSpan(open).StartsWith("<!--"))
        {
            var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        var start = open + (closing ? 2 : 1);
        var i = start;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':' or '_'))
        {
            i++;
        }
        if (i == start || !char.IsAsciiLetter(html[start]))
        {
            return open + 1; // Not a tag: a literal '<'.
        }
        name = html[start..i];
        var gt = html.IndexOf('>', i);
        if (gt < 0)
        {
            return html.Length;
        }
        selfClosing = html[gt - 1] == '/';
        return gt + 1;
    }

    private static int SkipRawText(string html, int from, string name, StringBuilder? output)
    {
        var close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        var stop = close < 0 ? html.Length : close;
        output?.Append(html, from, stop - from);
        return stop;
    }
}
