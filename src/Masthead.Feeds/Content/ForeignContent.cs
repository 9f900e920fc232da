using System.Net;

namespace Masthead.Feeds.Content;

/// <summary>
/// Inline SVG and MathML in feed HTML ("foreign content", HTML 5 section 13.2.6.5), kept the way Universal Feed
/// Parser's sanitizer keeps them: inside an svg or math element the names of that vocabulary follow its own
/// allow-lists (<see cref="SanitizerPolicy.SvgElements"/>, <see cref="SanitizerPolicy.MathMlElements"/>) and SVG
/// spelling; everything else inside follows the HTML rules. Namespace declarations are always written here,
/// never copied from the input, and values that could reference another document are dropped. A struct held
/// in the sanitizer's field: tracking costs no allocation.
/// </summary>
internal struct ForeignContent
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    public const string MathMlNamespace = "http://www.w3.org/1998/Math/MathML";
    public const string XLinkNamespace = "http://www.w3.org/1999/xlink";

    /// <summary>Lower-case name to SVG spelling ("lineargradient" to "linearGradient"), for the mixed-case names only.</summary>
    private static readonly Dictionary<string, string> Spellings = SanitizerPolicy.SvgElements.Concat(SanitizerPolicy.SvgAttributes)
        .Where(name => name.Any(char.IsAsciiLetterUpper))
        .ToDictionary(name => name.ToLowerInvariant(), name => name, StringComparer.Ordinal);

    private NameKind _vocabulary;
    private int _rootDepth;

    /// <summary>The vocabulary of the foreign content the sanitizer is in, or None outside svg and math.</summary>
    public readonly NameKind Vocabulary => _vocabulary;

    /// <summary>The vocabulary a start tag belongs to here (SvgElement or MathMlElement), or None when HTML rules apply.</summary>
    public readonly NameKind Classify(HtmlTag tag)
    {
        if (_vocabulary == NameKind.None)
        {
            return tag.Name switch
            {
                "svg" => NameKind.SvgElement,
                "math" => NameKind.MathMlElement,
                _ => NameKind.None,
            };
        }
        return tag.Kind & _vocabulary;
    }

    /// <summary>Records a foreign element opened with <paramref name="depth"/> elements open around it.</summary>
    public void Opened(NameKind vocabulary, int depth)
    {
        if (_vocabulary == NameKind.None)
        {
            _vocabulary = vocabulary;
            _rootDepth = depth;
        }
    }

    /// <summary>Records that only <paramref name="depth"/> elements are open now: closing the root leaves foreign content.</summary>
    public void Closed(int depth)
    {
        if (_vocabulary != NameKind.None && depth <= _rootDepth)
        {
            _vocabulary = NameKind.None;
        }
    }

    /// <summary>The name as written in its vocabulary: end tags are read lower-case, SVG spells some names in camel case.</summary>
    public static string Spell(NameKind vocabulary, string name) =>
        vocabulary == NameKind.SvgElement ? Spellings.GetValueOrDefault(name, name) : name;

    public static HashSet<string> Attributes(NameKind vocabulary) =>
        vocabulary == NameKind.SvgElement ? SanitizerPolicy.SvgAttributes : SanitizerPolicy.MathMlAttributes;

    /// <summary>
    /// Replaces the namespace declarations with the sanitizer's own: the vocabulary's namespace on its root element
    /// (feedparser adds it when HTML leaves it implicit) and the XLink one wherever an xlink: attribute is kept.
    /// </summary>
    public static void Declare(string name, List<HtmlAttribute> attributes)
    {
        attributes.RemoveAll(static a => a.Name.StartsWith("xmlns", StringComparison.OrdinalIgnoreCase));
        if (name is "svg" or "math")
        {
            attributes.Add(new HtmlAttribute("xmlns", NameKind.None, (name == "svg" ? SvgNamespace : MathMlNamespace).AsMemory()));
        }
        if (attributes.Exists(static a => a.Name.StartsWith("xlink:", StringComparison.OrdinalIgnoreCase)))
        {
            attributes.Add(new HtmlAttribute("xmlns:xlink", NameKind.None, XLinkNamespace.AsMemory()));
        }
    }

    /// <summary>
    /// True when a value references nothing outside the fragment: presentation attributes are CSS values, where
    /// url(...) can fetch another document (only local url(#id) references pass) and a backslash escape could spell one.
    /// </summary>
    public static bool IsSelfContained(ReadOnlySpan<char> raw)
    {
        var value = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw;
        if (value.Contains('\\'))
        {
            return false;
        }
        for (var at = value.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0; at = Next(value, at + 4))
        {
            if (!value[(at + 4)..].TrimStart(" \t\r\n\f\"'").StartsWith('#'))
            {
                return false;
            }
        }
        return true;
    }

    private static int Next(ReadOnlySpan<char> value, int from)
    {
        var next = value[from..].IndexOf("url(", StringComparison.OrdinalIgnoreCase);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>
    /// True when the markup at <paramref name="at"/> is the end tag of an open element. A self-closed foreign element
    /// ("&lt;circle/&gt;") followed by it needs no end tag of its own: in foreign content an ancestor's end tag closes
    /// it (HTML 5 section 13.2.6.5, "any other end tag"), and feedparser writes it that way.
    /// </summary>
    public static bool AncestorEndFollows(string html, int at, List<string> open)
    {
        if (at + 2 >= html.Length || html[at] != '<' || html[at + 1] != '/')
        {
            return false;
        }
        var end = at + 2;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is ':' or '-' or '_'))
        {
            end++;
        }
        var name = html.AsSpan(at + 2, end - at - 2);
        foreach (var element in open)
        {
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
