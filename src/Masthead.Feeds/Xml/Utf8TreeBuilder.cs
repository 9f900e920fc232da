namespace Masthead.Feeds.Xml;

/// <summary>
/// The fastest path: a well-formed UTF-8 document read straight from its bytes into the element tree, without
/// System.Xml's decode-to-characters step, name table or node-by-node API. It builds exactly the tree
/// <see cref="StrictTreeBuilder"/> builds (same text runs, indentation rule, namespaces, xml:base and xml:lang), and
/// it accepts only what it can judge completely: ASCII names, the predefined entities and character references,
/// no DOCTYPE, no xml:space. Anything else, and anything not well-formed, returns null and the caller hands the
/// same bytes to System.Xml, which decides. Accepting less than System.Xml is therefore always safe; accepting
/// more would not be, so every well-formedness rule System.Xml checks on this subset is checked here too.
/// </summary>
internal sealed partial class Utf8TreeBuilder
{
    [ThreadStatic]
    private static Utf8TreeBuilder? _perThread;

    private readonly Utf8Names _names = new();
    private readonly Utf8TextDecoder _text = new();
    private readonly NamespaceScope _scope = new();
    private readonly List<XmlNode> _stack = [];
    /// <summary>
    /// Per open element: its name in the document, the scope mark to restore at its end tag, and whether it is a
    /// container (<see cref="StrictTreeBuilder.IsContainer"/>), looked up only when white space first appears in it:
    /// most elements hold text or nothing, and a set lookup for every element cost about 1.5% of the tree.
    /// </summary>
    private readonly List<OpenElement> _open = [];

    private enum Container : byte { Unknown, Yes, No }

    private record struct OpenElement(int NameStart, int NameEnd, int ScopeMark, Container Container);
    private readonly List<RawAttribute> _raw = [];
    private string? _documentBase;
    private XmlNode? _root;
    private bool _rootEnded;
    private bool _reencoded;
    private bool _sawDoctype;

    // The character data since the last tag: up to one segment kept as a byte range (most elements hold one run of
    // plain text, decoded straight into its string), more segments decoded into _text.
    private int _runSegments;
    private (int Start, int End) _pending;

    /// <summary>
    /// Attributes on one element and namespace bindings in scope past which the document goes to System.Xml: duplicates
    /// and prefixes are checked here by linear search, quick for the handful feeds use but quadratic for a hostile
    /// element with a hundred thousand of them, which System.Xml's hashed checks handle.
    /// </summary>
    private const int MaxAttributes = 64;

    private const int MaxBindings = 64;

    /// <summary>Open elements past which the stacks are let go after a document, so one deep hostile feed does not pin memory per thread.</summary>
    private const int KeptDepth = 1024;

    private readonly record struct RawAttribute(int NameStart, int NameEnd, int Colon, int ValueStart, int ValueEnd);

    /// <param name="utf8">The document, without a byte order mark: UTF-8, checked as it is read (a byte sequence that is
    /// not UTF-8 anywhere in it refuses the document).</param>
    /// <param name="documentBase">The document's base URI.</param>
    /// <param name="reencoded">True when the bytes are a document decoded from another encoding and written back as
    /// UTF-8: the encoding its declaration names was already applied, as System.Xml ignores it when it reads text.</param>
    public static XmlTree? TryBuild(ReadOnlyMemory<byte> utf8, string? documentBase, bool reencoded = false)
    {
        var builder = _perThread ??= new Utf8TreeBuilder();
        try
        {
            builder._documentBase = documentBase;
            builder._reencoded = reencoded;
            return builder.Build(utf8.Span) is { } root ? new XmlTree(root, []) : null;
        }
        finally
        {
            builder.Reset();
        }
    }

    private XmlNode? Build(ReadOnlySpan<byte> doc)
    {
        if (Utf8Syntax.HasForbiddenCharacters(doc))
        {
            return null;
        }
        var pos = 0;
        if (doc.StartsWith("<?xml"u8) && doc.Length > 5 && Utf8Syntax.IsSpace(doc[5]))
        {
            pos = Utf8Syntax.Declaration(doc, anyEncoding: _reencoded);
        }
        while (pos >= 0 && pos < doc.Length)
        {
            var lt = doc[pos..].IndexOf((byte)'<');
            var end = lt < 0 ? doc.Length : pos + lt;
            if (end > pos && !Text(doc, pos, end))
            {
                return null;
            }
            pos = lt < 0 ? doc.Length : Markup(doc, end);
        }
        return pos >= 0 && _stack.Count == 0 ? _root : null;
    }

    private int Markup(ReadOnlySpan<byte> doc, int at)
    {
        var rest = doc[at..];
        return rest switch
        {
            [_, (byte)'/', ..] => EndTag(doc, at),
            _ when rest.StartsWith("<!--"u8) => Utf8Syntax.Comment(doc, at),
            _ when rest.StartsWith("<![CDATA["u8) => CData(doc, at),
            _ when rest.StartsWith("<!DOCTYPE"u8) && _root is null && !_sawDoctype => Doctype(doc, at),
            [_, (byte)'!', ..] => -1, // markup declarations, a second DOCTYPE or one after the root: System.Xml's business
            [_, (byte)'?', ..] => Utf8Syntax.ProcessingInstruction(doc, at),
            _ => StartTag(doc, at),
        };
    }

    private int Doctype(ReadOnlySpan<byte> doc, int at)
    {
        _sawDoctype = true;
        return Utf8Syntax.Doctype(doc, at);
    }

    /// <summary>Character data between two pieces of markup: indentation is dropped where the strict builder drops it.</summary>
    private bool Text(ReadOnlySpan<byte> doc, int start, int end)
    {
        if (Utf8Syntax.IsAllSpace(doc[start..end]))
        {
            return _open.Count == 0 || IsInContainer() || AddSegment(doc, start, end, Segment.Space);
        }
        return _stack.Count > 0 && AddSegment(doc, start, end, Segment.Text); // no text outside the root element
    }

    private bool IsInContainer()
    {
        ref var open = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_open)[^1];
        if (open.Container == Container.Unknown)
        {
            open.Container = StrictTreeBuilder.IsContainer(_stack[^1].LocalName) ? Container.Yes : Container.No;
        }
        return open.Container == Container.Yes;
    }

    private int CData(ReadOnlySpan<byte> doc, int at)
    {
        var start = at + "<![CDATA["u8.Length;
        var close = doc[start..].IndexOf("]]>"u8);
        if (close < 0 || _stack.Count == 0)
        {
            return -1;
        }
        return AddSegment(doc, start, start + close, Segment.CData) ? start + close + 3 : -1;
    }

    private enum Segment { Text, Space, CData }

    private bool AddSegment(ReadOnlySpan<byte> doc, int start, int end, Segment kind)
    {
        var raw = doc[start..end];
        var plain = kind == Segment.CData ? raw.IndexOf((byte)'\r') < 0 : Utf8TextDecoder.IsPlain(raw, attribute: false);
        if (_runSegments == 0 && plain)
        {
            _pending = (start, end);
            _runSegments = 1;
            return true;
        }
        if (_runSegments == 1 && _pending.End > 0)
        {
            if (!_text.AppendCData(doc[_pending.Start.._pending.End])) // plain: nothing in it changes
            {
                return false;
            }
            _pending = default;
        }
        _runSegments++;
        if (kind == Segment.CData)
        {
            return _text.AppendCData(raw);
        }
        var from = _text.Length;
        // Text whose references decode to white space only would be white space to System.Xml: let it decide.
        return _text.Append(raw, attribute: false) && (kind == Segment.Space || !Utf8Syntax.IsAllSpace(_text.Chars[from..]));
    }

    /// <summary>Gives the collected character data to the element it belongs to; false when it is not UTF-8.</summary>
    private bool FlushRun(ReadOnlySpan<byte> doc)
    {
        if (_runSegments == 0)
        {
            return true;
        }
        var (start, end) = _pending;
        _runSegments = 0;
        _pending = default;
        if (end > 0 && !_text.AppendPlain(doc[start..end]))
        {
            return false;
        }
        var text = _text.ToStringAndClear();
        // A plain run that decoded to as many characters as it has bytes was ASCII: it holds no C1 control to repair.
        _stack[^1].AddText(text, mayHoldC1: end == 0 || text.Length != end - start);
        return true;
    }

    private int StartTag(ReadOnlySpan<byte> doc, int at)
    {
        var nameEnd = Utf8Syntax.Name(doc, at + 1, out var colon);
        if (nameEnd < 0 || _rootEnded)
        {
            return -1;
        }
        _raw.Clear();
        var i = nameEnd;
        while (true)
        {
            var afterSpace = Utf8Syntax.SkipSpace(doc, i);
            if (afterSpace >= doc.Length)
            {
                return -1;
            }
            if (doc[afterSpace] == '>' || (doc[afterSpace] == '/' && afterSpace + 1 < doc.Length && doc[afterSpace + 1] == '>'))
            {
                var empty = doc[afterSpace] == '/';
                return Element(doc, at + 1, nameEnd, colon, empty) ? afterSpace + (empty ? 2 : 1) : -1;
            }
            if (afterSpace == i || (i = Attribute(doc, afterSpace)) < 0)
            {
                return -1; // attributes must be separated by white space
            }
        }
    }

    /// <summary>Reads one attribute (name, '=', quoted value) into <see cref="_raw"/>; the index after it, or -1.</summary>
    private int Attribute(ReadOnlySpan<byte> doc, int i)
    {
        var end = Utf8Syntax.Attribute(doc, i, out var nameEnd, out var colon, out var valueStart, out var valueEnd);
        if (end < 0 || _raw.Count == MaxAttributes)
        {
            return -1;
        }
        _raw.Add(new RawAttribute(i, nameEnd, colon, valueStart, valueEnd));
        return end;
    }

    private void Reset()
    {
        _stack.Clear();
        _open.Clear();
        if (_stack.Capacity > KeptDepth)
        {
            _stack.TrimExcess();
            _open.TrimExcess();
        }
        _raw.Clear();
        _scope.Clear();
        _text.Reset();
        (_root, _rootEnded, _runSegments, _pending, _documentBase, _reencoded, _sawDoctype) = (null, false, 0, default, null, false, false);
    }
}
