using System.Text;
using Masthead.Core;

namespace Masthead.Feeds.Content;

/// <summary>
/// A streaming allow-list sanitizer for HTML fragments from feeds (policy in <see cref="SanitizerPolicy"/>).
/// It never builds a DOM: tags are tokenized, checked and re-emitted; text passes through with its character
/// references intact; URL attributes are decoded, resolved against the base and kept only with an allowed
/// scheme; attribute values are re-escaped on output, so nothing a tag or value smuggles in can break out.
/// Disallowed containers are unwrapped (their text kept); code containers are dropped whole.
/// </summary>
internal sealed class FeedSanitizer
{
    private readonly List<string> _open = [];
    private readonly List<HtmlAttribute> _attributes = [];
    private string _html = "";
    private string? _base;
    private StringBuilder _out = new(0);
    private ForeignContent _foreign;
    private HashSet<string> _allowed = SanitizerPolicy.Attributes;
    private int _pos;

    /// <summary>
    /// One idle sanitizer per thread, taken and given back around each fragment (as <see cref="BuilderCache"/> does with
    /// builders): a fresh one per fragment cost the object, its two lists and their growth (the attribute list alone
    /// was about 2.5% of the bytes a parse allocates after the tree).
    /// </summary>
    [ThreadStatic]
    private static FeedSanitizer? _idle;

    /// <param name="html">The fragment.</param>
    /// <param name="baseUrl">The base relative URLs resolve against.</param>
    /// <param name="repairDoubleEncoding">Also read double-encoded UTF-8 back (<see cref="DoubleEncoding"/>), from the output buffer.</param>
    public static string Sanitize(string html, string? baseUrl, bool repairDoubleEncoding = false)
    {
        var sanitizer = _idle ?? new FeedSanitizer();
        _idle = null;
        sanitizer.Start(html, baseUrl);
        sanitizer.Run();
        var output = sanitizer._out;
        sanitizer._html = "";
        _idle = sanitizer;
        if (output.Equals(html.AsSpan()))
        {
            // Clean HTML comes out as it went in: keep the input string rather than a copy of it.
            BuilderCache.Release(output);
            return repairDoubleEncoding ? DoubleEncoding.RepairTrimmed(html) : html.Trim();
        }
        return repairDoubleEncoding
            ? BuilderCache.ToTrimmedRepairedStringAndRelease(output)
            : BuilderCache.ToTrimmedStringAndRelease(output);
    }

    private void Start(string html, string? baseUrl)
    {
        _html = html;
        _base = baseUrl;
        _out = BuilderCache.Acquire(html.Length);
        _open.Clear();
        _foreign = default;
        _allowed = SanitizerPolicy.Attributes;
        _pos = 0;
    }

    private void Run()
    {
        while (_pos < _html.Length)
        {
            // One scan for both characters that need work: text between them is copied as it is. (Scanning for '<'
            // and then the text before it again for '&' cost two vectorised calls per text run, and most runs
            // between tags are short.)
            var rest = _html.AsSpan(_pos);
            var special = NextSpecial(rest);
            if (special < 0)
            {
                _out.Append(rest);
                break;
            }
            _out.Append(rest[..special]);
            _pos += special;
            if (_html[_pos] == '&')
            {
                // A reference never reaches past the next '<' (it holds only letters, digits and '#'), so reading it
                // against the whole fragment is the same as against the text run.
                _pos = ReferenceText.AppendAmpersand(_out, _html, _pos);
                continue;
            }
            Markup();
        }
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            _out.Append("</").Append(_open[i]).Append('>');
        }
    }

    /// <summary>
    /// The index of the first '&lt;' or '&amp;', or -1. Text between tags is mostly a few characters ("&lt;/a&gt; &lt;b&gt;")
    /// or none, and starting a vectorised search costs more than looking at those: the first ones are looked at
    /// directly, and only a longer run is searched the vectorised way (about a twentieth of the sanitizer's time).
    /// </summary>
    private static int NextSpecial(ReadOnlySpan<char> text)
    {
        var direct = Math.Min(text.Length, ShortTextRun);
        for (var i = 0; i < direct; i++)
        {
            if (text[i] is '<' or '&')
            {
                return i;
            }
        }
        if (direct == text.Length)
        {
            return -1;
        }
        var next = text[direct..].IndexOfAny('<', '&');
        return next < 0 ? -1 : direct + next;
    }

    /// <summary>Characters of a text run looked at one by one before a vectorised search.</summary>
    private const int ShortTextRun = 8;

    private void Markup()
    {
        // Dispatched on the character after '<' rather than by comparing each marker in turn: this runs once per tag.
        var next = _pos + 1 < _html.Length ? _html[_pos + 1] : '\0';
        if (next == '!' && Starts("<!--"))
        {
            Skip("-->", 4);
            return;
        }
        if (next is '!' or '?')
        {
            Skip(">", 2);
            return;
        }
        var isEnd = next == '/';
        var nameStart = _pos + (isEnd ? 2 : 1);
        if (nameStart >= _html.Length || !char.IsAsciiLetter(_html[nameStart]))
        {
            _out.Append("&lt;");
            _pos++;
            return;
        }
        if (BareTag(nameStart, isEnd))
        {
            return;
        }
        var tag = HtmlTag.Read(_html, nameStart, _attributes);
        _pos = tag.End;
        if (isEnd)
        {
            Close(tag.Name);
        }
        else
        {
            Open(tag);
        }
    }

    /// <summary>
    /// A known HTML element's tag with nothing but its name ("&lt;p&gt;", "&lt;/strong&gt;"), outside foreign content:
    /// most tags in feed HTML. Handled here as <see cref="Open"/> and <see cref="Close"/> would handle it, without the
    /// general reader's attribute list and tag record; false (nothing read) for any other tag.
    /// </summary>
    private bool BareTag(int nameStart, bool isEnd)
    {
        if (_foreign.Vocabulary != NameKind.None)
        {
            return false;
        }
        var html = _html.AsSpan();
        var end = nameStart;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }
        const NameKind special = NameKind.DroppedWhole | NameKind.Void;
        if (end >= html.Length || html[end] != '>' || !HtmlTag.TryLookup(html[nameStart..end], out var known)
            || (known.Kind & NameKind.Element) == 0 || (known.Kind & special) != 0 || known.Name is "svg" or "math")
        {
            return false;
        }
        _pos = end + 1;
        if (isEnd)
        {
            Close(known.Name);
        }
        else if (_open.Count < Limits.MaxNestingDepth)
        {
            _out.Append('<').Append(known.Name).Append('>');
            _open.Add(known.Name);
        }
        return true;
    }

    private void Open(HtmlTag tag)
    {
        var vocabulary = _foreign.Classify(tag);
        if (vocabulary == NameKind.None && (tag.Kind & NameKind.DroppedWhole) != 0)
        {
            if (!tag.SelfClosing && (tag.Kind & NameKind.Void) == 0)
            {
                SkipPast("</" + tag.Name);
            }
            return;
        }
        if ((vocabulary == NameKind.None && (tag.Kind & NameKind.Element) == 0) || _open.Count >= Limits.MaxNestingDepth)
        {
            return;
        }
        var name = ForeignContent.Spell(vocabulary, tag.Name);
        _allowed = vocabulary == NameKind.None ? SanitizerPolicy.Attributes : ForeignContent.Attributes(vocabulary);
        if (vocabulary != NameKind.None)
        {
            ForeignContent.Declare(tag.Name, tag.Attributes);
        }
        _out.Append('<').Append(name);
        SortByName(tag.Attributes);
        foreach (var attribute in tag.Attributes)
        {
            WriteAttribute(ForeignContent.Spell(vocabulary, attribute.Name), attribute.Kind, attribute.Value.Span);
        }
        if ((tag.Kind & NameKind.Void) != 0)
        {
            _out.Append(" />");
            return;
        }
        _out.Append('>');
        if (tag.SelfClosing)
        {
            if (vocabulary == NameKind.None || !ForeignContent.AncestorEndFollows(_html, _pos, _open))
            {
                _out.Append("</").Append(name).Append('>');
            }
            return;
        }
        if (vocabulary != NameKind.None)
        {
            _foreign.Opened(vocabulary, _open.Count);
        }
        _open.Add(name);
    }

    /// <summary>
    /// Attributes in name order, as feedparser writes them: equal input gives equal output. A tag has a handful, sorted in
    /// place by insertion (stable, no comparison delegate); List.Sort takes the rare long list.
    /// </summary>
    private static void SortByName(List<HtmlAttribute> attributes)
    {
        if (attributes.Count > InsertionSortLimit)
        {
            attributes.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return;
        }
        for (var i = 1; i < attributes.Count; i++)
        {
            var next = attributes[i];
            var j = i - 1;
            for (; j >= 0 && string.CompareOrdinal(attributes[j].Name, next.Name) > 0; j--)
            {
                attributes[j + 1] = attributes[j];
            }
            attributes[j + 1] = next;
        }
    }

    /// <summary>
    /// Attribute counts past which insertion sort (quadratic) gives way to List.Sort: a hostile tag with thousands of
    /// attributes must not cost millions of comparisons. Real tags have a handful.
    /// </summary>
    private const int InsertionSortLimit = 16;

    /// <param name="name">The name in the policy's spelling.</param>
    /// <param name="kind">What the policy says about the name (<see cref="NameKind.None"/> for the sanitizer's own namespace declarations).</param>
    /// <param name="raw">The value as written, character references included.</param>
    private void WriteAttribute(string name, NameKind kind, ReadOnlySpan<char> raw)
    {
        // In HTML the name's kind answers the allow-list (looked up once, when the tag was read); foreign content
        // has its own lists.
        var html = ReferenceEquals(_allowed, SanitizerPolicy.Attributes);
        if (html ? (kind & NameKind.Attribute) == 0 : !_allowed.Contains(name) || !ForeignContent.IsSelfContained(raw))
        {
            return;
        }
        var isSrcset = name == "srcset";
        if (!isSrcset && ((kind & NameKind.UrlAttribute) == 0 || AttributeUrls.IsPlainWebUrl(raw)))
        {
            // A value that is no URL cannot run anything once quoted: it keeps its references as written. A plain web
            // URL has none, and nothing in it that a later step would change.
            _out.Append(' ').Append(name).Append("=\"");
            ReferenceText.Append(_out, raw, true);
            _out.Append('"');
            return;
        }
        Span<char> decoded = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        var value = raw.Contains('&') ? AttributeUrls.Decode(raw, decoded) : raw;
        if (isSrcset)
        {
            WriteSrcset(value);
            return;
        }
        if (AttributeUrls.SafeUrl(value, _base, out var safe))
        {
            _out.Append(' ').Append(name).Append("=\"");
            MarkupWriter.AppendEscaped(_out, safe, true);
            _out.Append('"');
        }
    }

    /// <summary>
    /// A srcset with its unsafe candidates dropped and each URL resolved ("url descriptor, ..."), written straight to the
    /// output; nothing at all when no candidate is safe. Candidates are split on commas and trimmed, and a URL ends at
    /// its first space, as the string Split calls this replaced did.
    /// </summary>
    private void WriteSrcset(ReadOnlySpan<char> value)
    {
        var mark = _out.Length;
        _out.Append(" srcset=\"");
        var written = false;
        foreach (var range in value.Split(','))
        {
            var candidate = value[range].Trim();
            if (candidate.IsEmpty)
            {
                continue;
            }
            var space = candidate.IndexOf(' ');
            var url = space < 0 ? candidate : candidate[..space];
            if (!AttributeUrls.SafeUrl(url, _base, out var safe))
            {
                continue;
            }
            if (written)
            {
                _out.Append(", ");
            }
            MarkupWriter.AppendEscaped(_out, safe, true);
            if (space >= 0)
            {
                _out.Append(' ');
                MarkupWriter.AppendEscaped(_out, candidate[space..].TrimStart(' '), true);
            }
            written = true;
        }
        if (written)
        {
            _out.Append('"');
        }
        else
        {
            _out.Length = mark;
        }
    }

    private void Close(string name)
    {
        var index = _open.LastIndexOf(ForeignContent.Spell(_foreign.Vocabulary, name));
        if (index < 0)
        {
            return;
        }
        for (var i = _open.Count - 1; i >= index; i--)
        {
            _out.Append("</").Append(_open[i]).Append('>');
        }
        _open.RemoveRange(index, _open.Count - index);
        _foreign.Closed(_open.Count);
    }

    private bool Starts(string marker) => string.CompareOrdinal(_html, _pos, marker, 0, marker.Length) == 0;

    private void Skip(string terminator, int from)
    {
        var end = _html.IndexOf(terminator, _pos + from, StringComparison.Ordinal);
        _pos = end < 0 ? _html.Length : end + terminator.Length;
    }

    private void SkipPast(string endTag)
    {
        var end = _html.IndexOf(endTag, _pos, StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            _pos = _html.Length;
            return;
        }
        var close = _html.IndexOf('>', end);
        _pos = close < 0 ? _html.Length : close + 1;
    }
}
