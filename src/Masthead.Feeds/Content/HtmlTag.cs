namespace Masthead.Feeds.Content;

/// <summary>One HTML start or end tag read forgivingly (HTML tokenization rules, simplified): lower-cased name, attributes with raw values.</summary>
/// <param name="Name">The lower-cased name, or "" when the policy does not know it.</param>
/// <param name="Kind">What the policy says about the name.</param>
/// <param name="Attributes">The attributes the policy allows (others are skipped while reading, never allocated).</param>
/// <param name="SelfClosing">True for "&lt;br/&gt;".</param>
/// <param name="End">The index just past the tag.</param>
internal readonly record struct HtmlTag(string Name, NameKind Kind, List<HtmlAttribute> Attributes, bool SelfClosing, int End)
{
    /// <param name="html">The fragment.</param>
    /// <param name="nameStart">Where the tag name starts.</param>
    /// <param name="attributes">A list to fill, reused from tag to tag by the caller (cleared here).</param>
    public static HtmlTag Read(string html, int nameStart, List<HtmlAttribute> attributes)
    {
        var i = nameStart;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is ':' or '-' or '_'))
        {
            i++;
        }
        var (name, kind) = Lookup(html, nameStart, i);
        attributes.Clear();
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
        return new HtmlTag(name, kind, attributes, selfClosing, Math.Min(i + 1, html.Length));
    }

    /// <summary>
    /// Every element and attribute name the policy knows, lower-case, with what the policy says about it, looked up
    /// by span so no name is allocated per tag. Unknown names come back empty: the sanitizer drops them anyway.
    /// </summary>
    private static readonly NameTable KnownNames = BuildKnownNames();

    private static NameTable BuildKnownNames()
    {
        var names = new Dictionary<string, (string Name, NameKind Kind)>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> set, NameKind kind)
        {
            foreach (var name in set)
            {
                var known = names.GetValueOrDefault(name, (name.ToLowerInvariant(), NameKind.None));
                names[name] = (known.Item1, known.Item2 | kind);
            }
        }
        Add(SanitizerPolicy.Elements, NameKind.Element);
        Add(SanitizerPolicy.DroppedWhole, NameKind.DroppedWhole);
        Add(SanitizerPolicy.Void, NameKind.Void);
        Add(SanitizerPolicy.Attributes, NameKind.Attribute);
        Add(SanitizerPolicy.SvgElements, NameKind.SvgElement);
        Add(SanitizerPolicy.MathMlElements, NameKind.MathMlElement);
        Add(SanitizerPolicy.SvgAttributes, NameKind.ForeignAttribute);
        Add(SanitizerPolicy.MathMlAttributes, NameKind.ForeignAttribute);
        Add(SanitizerPolicy.UrlAttributes, NameKind.UrlAttribute);
        return new NameTable(names);
    }

    /// <summary>What the policy says about a name, with the policy's spelling; false for a name it does not know.</summary>
    public static bool TryLookup(ReadOnlySpan<char> name, out (string Name, NameKind Kind) known) => KnownNames.TryGetValue(name, out known);

    private static (string Name, NameKind Kind) Lookup(string html, int start, int end) =>
        KnownNames.TryGetValue(html.AsSpan(start, end - start), out var known) ? known : ("", NameKind.None);

    private static int ReadAttribute(string html, int i, List<HtmlAttribute> attributes)
    {
        var start = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
        {
            i++;
        }
        var (name, kind) = Lookup(html, start, i);
        // Only attributes the policy allows are kept: the others' values are skipped without being copied.
        if ((kind & (NameKind.Attribute | NameKind.ForeignAttribute)) == 0)
        {
            name = "";
        }
        while (i < html.Length && char.IsWhiteSpace(html[i]))
        {
            i++;
        }
        if (i >= html.Length || html[i] != '=')
        {
            if (name.Length > 0)
            {
                attributes.Add(new HtmlAttribute(name, kind, default));
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
                attributes.Add(new HtmlAttribute(name, kind, html.AsMemory(i + 1, end - i - 1)));
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
            attributes.Add(new HtmlAttribute(name, kind, html.AsMemory(valueStart, i - valueStart)));
        }
        return i;
    }
}
