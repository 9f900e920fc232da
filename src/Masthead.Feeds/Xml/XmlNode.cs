using System.Text;

namespace Masthead.Feeds.Xml;

/// <summary>
/// A light, read-only element tree that both the strict (XmlReader) and the lenient builders produce, so
/// every format reader walks one shape. Text children keep document order (needed for inline XHTML and
/// for unescaped HTML inside RSS descriptions). xml:base and xml:lang are resolved on the way down.
/// </summary>
public sealed class XmlNode
{
    private static readonly List<XmlNode> NoChildren = [];
    private static readonly List<XmlAttr> NoAttributes = [];

    private XmlNode(string localName, string ns, string prefix, string? text)
    {
        LocalName = localName;
        Namespace = ns;
        Prefix = prefix;
        _text = text;
    }

    private string? _text;

    /// <summary>An element whose only content so far is text keeps it here, without a child node (most feed elements).</summary>
    private string? _onlyText;
    private List<XmlNode>? _children;
    private List<XmlAttr>? _attributes;

    /// <summary>Local name for elements; empty for text nodes.</summary>
    public string LocalName { get; }

    /// <summary>Namespace URI ("" for none); unresolved prefixes in lenient mode keep the prefix here.</summary>
    public string Namespace { get; }

    public string Prefix { get; }

    public bool IsText => LocalName.Length == 0;

    /// <summary>The base URI in scope (xml:base resolved against its parent's base and the document URL).</summary>
    public string? Base { get; set; }

    /// <summary>The xml:lang in scope.</summary>
    public string? Language { get; set; }

    public IReadOnlyList<XmlNode> Children
    {
        get
        {
            Materialize();
            return _children ?? NoChildren;
        }
    }

    public IReadOnlyList<XmlAttr> Attributes => _attributes ?? NoAttributes;

    public static XmlNode Element(string localName, string ns, string prefix) => new(localName, ns, prefix, null);

    public static XmlNode TextNode(string text) => new("", "", "", text);

    public void Add(XmlNode child)
    {
        Materialize();
        (_children ??= []).Add(child);
    }

    public void AddAttribute(XmlAttr attribute) => (_attributes ??= []).Add(attribute);

    /// <summary>Takes a list the caller filled (sized to fit) as this element's attributes.</summary>
    public void SetAttributes(List<XmlAttr> attributes) => _attributes = attributes;

    /// <summary>Appends character data, merging with a preceding text child.</summary>
    public void AddText(string text) => AddText(text, mayHoldC1: true);

    /// <param name="text">The character data.</param>
    /// <param name="mayHoldC1">False when the caller knows the text holds no C1 control (it was decoded from ASCII), so
    /// the scan for one is skipped.</param>
    internal void AddText(string text, bool mayHoldC1)
    {
        // A character reference to a C1 control ("&#146;") means the Windows-1252 character, like a raw C1 byte.
        if (mayHoldC1)
        {
            text = Decoding.C1Controls.Repair(text);
        }
        if (_children is null)
        {
            _onlyText = _onlyText is null ? text : _onlyText + text;
            return;
        }
        if (_children.Count > 0 && _children[^1].IsText)
        {
            _children[^1]._text += text;
            return;
        }
        _children.Add(TextNode(text));
    }

    /// <summary>The concatenated text of this node and its descendants.</summary>
    public string Text
    {
        get
        {
            if (_text is not null)
            {
                return _text;
            }
            if (_onlyText is not null)
            {
                return _onlyText;
            }
            if (_children is null)
            {
                return "";
            }
            if (_children.Count == 1 && _children[0].IsText)
            {
                return _children[0]._text!;
            }
            var builder = new StringBuilder();
            AppendText(builder);
            return builder.ToString();
        }
    }

    /// <summary>True when the element has any content, text or element (without turning held text into a child node).</summary>
    public bool HasChildren => _onlyText is not null || _children is { Count: > 0 };

    /// <summary>True when any child is an element (markup was written unescaped inside this element).</summary>
    public bool HasElementChildren => _children is not null && _children.Exists(c => !c.IsText);

    /// <summary>An attribute value by local name (no namespace or any namespace), or null.</summary>
    public string? Attr(string localName)
    {
        if (_attributes is null)
        {
            return null;
        }
        foreach (var attribute in _attributes)
        {
            if (attribute.LocalName == localName && (attribute.Namespace.Length == 0 || attribute.Namespace == Namespace))
            {
                return attribute.Value;
            }
        }
        foreach (var attribute in _attributes)
        {
            if (string.Equals(attribute.LocalName, localName, StringComparison.OrdinalIgnoreCase))
            {
                return attribute.Value;
            }
        }
        return null;
    }

    /// <summary>The first child element with this local name in this namespace, or null.</summary>
    public XmlNode? Child(string localName, string ns)
    {
        if (_children is null)
        {
            return null;
        }
        foreach (var child in _children)
        {
            if (child.LocalName == localName && child.Namespace == ns)
            {
                return child;
            }
        }
        return null;
    }

    private void Materialize()
    {
        if (_onlyText is not null)
        {
            _children = [TextNode(_onlyText)];
            _onlyText = null;
        }
    }

    /// <summary>Appends the text of this node and its descendants in document order (what <see cref="Text"/> gives).</summary>
    internal void AppendText(StringBuilder builder)
    {
        if (_text is not null || _onlyText is not null)
        {
            builder.Append(_text ?? _onlyText);
            return;
        }
        if (_children is null)
        {
            return;
        }
        foreach (var child in _children)
        {
            child.AppendText(builder);
        }
    }
}
