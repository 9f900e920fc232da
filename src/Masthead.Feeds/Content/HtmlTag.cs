namespace Masthead.Feeds.Content;

/// <summary>One HTML start or end tag read forgivingly (HTML tokenization rules, simplified): lower-cased name, attributes with raw values.</summary>
internal readonly record struct HtmlTag(string Name, List<(string Name, string? Value)> Attributes, bool SelfClosing, int End)
{
    public static HtmlTag Read(string html, int nameStart)
    {
        var i = nameStart;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is ':' or '-' or '_'))
        {
            i++;
        }
        var name = Lower(html, nameStart, i);
        var attributes = new List<(string, string?)>();
        var selfClosing = false;
        while (i < html.Length && html[i] != '>')
        {
            var c = html[i];
            if (char.IsWhiteSpace(c) || c == '"' || c == '\'' || c == '=')
            {
                i++;
                continue;
            }
            if (c == '/')
            {
                selfClosing = i + 1 < html.Length && html[i + 1] == '>';
                i++;
                continue;
            }
            i = ReadAttribute(html, i, attributes);
        }
        return new HtmlTag(name, attributes, selfClosing, Math.Min(i + 1, html.Length));
    }

    /// <summary>
    /// Every element and attribute name the policy knows, lower-case, looked up by span so no name is
    /// allocated per tag. Unknown names come back empty: the sanitizer drops them anyway.
    /// </summary>
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = BuildKnownNames();

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildKnownNames()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in SanitizerPolicy.Elements.Concat(SanitizerPolicy.DroppedWhole).Concat(SanitizerPolicy.Attributes).Concat(SanitizerPolicy.Void))
        {
            names.TryAdd(name, name.ToLowerInvariant());
        }
        return names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static string Lower(string html, int start, int end) =>
        KnownNames.TryGetValue(html.AsSpan(start, end - start), out var name) ? name : "";

    private static int ReadAttribute(string html, int i, List<(string, string?)> attributes)
    {
        var start = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
        {
            i++;
        }
        var name = Lower(html, start, i);
        while (i < html.Length && char.IsWhiteSpace(html[i]))
        {
            i++;
        }
        if (i >= html.Length || html[i] != '=')
        {
            if (name.Length > 0)
            {
                attributes.Add((name, null));
            }
            return i;
        }
        i++;
        while (i < html.Length && char.IsWhiteSpace(html[i]))
        {
            i++;
        }
        if (i < html.Length && html[i] is '"' or '\'')
        {
            var quote = html[i];
            var close = html.IndexOf(quote, i + 1);
            var end = close < 0 ? html.Length : close;
            if (name.Length > 0)
            {
                attributes.Add((name, html[(i + 1)..end]));
            }
            return close < 0 ? html.Length : close + 1;
        }
        var valueStart = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
        {
            i++;
        }
        if (name.Length > 0)
        {
            attributes.Add((name, html[valueStart..i]));
        }
        return i;
    }
}
