namespace Masthead.Feeds.Xml;

/// <summary>
/// The fallback for documents the XML reader rejects: a forgiving tokenizer that builds the same tree.
/// It accepts undeclared HTML entities, stray '&amp;' and '&lt;', unquoted attributes, unclosed and
/// mismatched tags, and junk before the root. Every recovery is listed as a problem (the bozo reasons).
/// Nothing is fetched and declared entities are expanded once, never recursively.
/// </summary>
internal sealed class LenientTreeBuilder
{
    private readonly string _text;
    private readonly string? _documentBase;
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _undeclared = [];
    private readonly List<XmlNode> _stack = [];
    private readonly List<Dictionary<string, string>?> _scopes = [];
    private Dictionary<string, string>? _declared;
    private XmlNode? _root;
    private bool _unknownEntity;
    private int _pos;

    private LenientTreeBuilder(string text, string? documentBase)
    {
        _text = text;
        _documentBase = documentBase;
    }

    public static XmlTree Build(string text, string? documentBase)
    {
        var builder = new LenientTreeBuilder(text, documentBase);
        builder.Run();
        return new XmlTree(builder._root, builder._problems);
    }

    private void Run()
    {
        while (_pos < _text.Length)
        {
            var lt = _text.IndexOf('<', _pos);
            if (lt < 0)
            {
                AddText(_text[_pos..]);
                break;
            }
            if (lt > _pos)
            {
                AddText(_text[_pos..lt]);
            }
            _pos = lt;
            ReadMarkup();
        }
        if (_stack.Count > 0)
        {
            _problems.Add($"unclosed element <{_stack[^1].LocalName}> at end of document");
        }
        if (_unknownEntity)
        {
            _problems.Add("undefined entity (an HTML entity not declared in XML)");
        }
    }

    private void ReadMarkup()
    {
        if (Starts("<!--"))
        {
            Skip("-->", 4);
        }
        else if (Starts("<![CDATA["))
        {
            var end = _text.IndexOf("]]>", _pos + 9, StringComparison.Ordinal);
            var stop = end < 0 ? _text.Length : end;
            AddRawText(_text[(_pos + 9)..stop]);
            _pos = end < 0 ? _text.Length : end + 3;
        }
        else if (Starts("<!DOCTYPE") || Starts("<!doctype"))
        {
            ReadDoctype();
        }
        else if (Starts("<?") || Starts("<!"))
        {
            Skip(">", 2);
        }
        else if (Starts("</"))
        {
            ReadEndTag();
        }
        else if (_pos + 1 < _text.Length && IsNameStart(_text[_pos + 1]))
        {
            ReadStartTag();
        }
        else
        {
            _problems.Add("stray '<' in text");
            AddRawText("<");
            _pos++;
        }
    }

    private void ReadDoctype()
    {
        var bracket = _text.IndexOf('[', _pos);
        var close = _text.IndexOf('>', _pos);
        if (bracket >= 0 && (close < 0 || bracket < close))
        {
            var end = _text.IndexOf("]", bracket, StringComparison.Ordinal);
            var subset = end < 0 ? "" : _text[(bracket + 1)..end];
            _declared = DoctypeEntities.Parse(subset);
            close = end < 0 ? -1 : _text.IndexOf('>', end);
        }
        _pos = close < 0 ? _text.Length : close + 1;
    }

    private void ReadEndTag()
    {
        var close = _text.IndexOf('>', _pos);
        var end = close < 0 ? _text.Length : close;
        var name = _text[(_pos + 2)..end].Trim();
        if (close < 0)
        {
            _problems.Add($"unterminated end tag </{name}");
        }
        _pos = close < 0 ? _text.Length : close + 1;
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (QualifiedName(_stack[i]) == name)
            {
                if (i != _stack.Count - 1)
                {
                    _problems.Add($"mismatched end tag </{name}>");
                }
                _stack.RemoveRange(i, _stack.Count - i);
                _scopes.RemoveRange(i, _scopes.Count - i);
                return;
            }
        }
        _problems.Add($"end tag </{name}> without a start tag");
    }

    private void ReadStartTag()
    {
        var tag = TagTokenizer.Read(_text, _pos + 1, _problems);
        _pos = tag.End;
        var scope = NamespaceScope(tag.Attributes);
        _scopes.Add(scope);
        var (prefix, local) = Split(tag.Name);
        var node = XmlNode.Element(local, LookupNamespace(prefix), prefix);
        foreach (var (name, value) in tag.Attributes)
        {
            if (name == "xmlns" || name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                continue;
            }
            var (attrPrefix, attrLocal) = Split(name);
            var attrNs = attrPrefix.Length == 0 ? "" : attrPrefix == "xml" ? ScopeInfo.XmlNamespace : LookupNamespace(attrPrefix);
            node.AddAttribute(new XmlAttr(attrLocal, attrNs, attrPrefix, Content.IllegalChars.Remove(Entities.Decode(value, _declared, ref _unknownEntity))));
        }
        var parent = _stack.Count > 0 ? _stack[^1] : null;
        ScopeInfo.Inherit(node, parent, _documentBase);
        if (parent is null)
        {
            if (_root is not null)
            {
                _problems.Add("content after the root element");
                _scopes.RemoveAt(_scopes.Count - 1);
                return;
            }
            _root = node;
        }
        else
        {
            parent.Add(node);
        }
        if (tag.SelfClosing)
        {
            _scopes.RemoveAt(_scopes.Count - 1);
            return;
        }
        _stack.Add(node);
    }

    private Dictionary<string, string>? NamespaceScope(List<(string Name, string Value)> attributes)
    {
        Dictionary<string, string>? scope = null;
        foreach (var (name, value) in attributes)
        {
            if (name == "xmlns")
            {
                (scope ??= [])[""] = value.Trim();
            }
            else if (name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                (scope ??= [])[name[6..]] = value.Trim();
            }
        }
        return scope;
    }

    private string LookupNamespace(string prefix)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i] is { } scope && scope.TryGetValue(prefix, out var uri))
            {
                return uri;
            }
        }
        if (prefix.Length > 0 && prefix != "xml" && _undeclared.Add(prefix))
        {
            // Namespaces in XML 1.0, section 5 (namespace constraint "Prefix Declared"): the document is not well-formed.
            _problems.Add($"undeclared namespace prefix '{prefix}'");
        }
        return prefix == "xml" ? ScopeInfo.XmlNamespace : "";
    }

    private void AddText(string raw) => AddRawText(Entities.Decode(raw, _declared, ref _unknownEntity));

    private void AddRawText(string text)
    {
        if (_stack.Count > 0)
        {
            // Characters XML forbids never reach the tree (the problem is reported once, for the whole document, by
            // IllegalChars.Flag): the strict builders refuse them, so no reader has to look for them.
            _stack[^1].AddText(Content.IllegalChars.Remove(text));
        }
        else if (_root is null && !string.IsNullOrWhiteSpace(text))
        {
            _problems.Add("text before the root element");
        }
    }

    private bool Starts(string marker) => string.CompareOrdinal(_text, _pos, marker, 0, marker.Length) == 0;

    private void Skip(string terminator, int from)
    {
        var end = _text.IndexOf(terminator, _pos + from, StringComparison.Ordinal);
        _pos = end < 0 ? _text.Length : end + terminator.Length;
    }

    private static string QualifiedName(XmlNode node) => node.Prefix.Length == 0 ? node.LocalName : node.Prefix + ":" + node.LocalName;

    private static (string Prefix, string Local) Split(string name)
    {
        var colon = name.IndexOf(':');
        return colon <= 0 ? ("", name) : (name[..colon], name[(colon + 1)..]);
    }

    internal static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == ':';
}
