using System.Net;
using System.Text;

namespace Masthead.Extraction.Content;

/// <summary>The run of inline content being gathered into one block: HTML and text side by side.</summary>
internal sealed class InlineBuffer
{
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;

    public int LinkChars { get; set; }

    public int LinkDepth { get; set; }

    public bool HasImage { get; private set; }

    public bool IsBlank => _text.Length == 0 && !HasImage;

    /// <summary>Appends text, collapsing whitespace runs to one space as a browser renders them.</summary>
    public void AppendText(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                _pendingSpace = _text.Length > 0 && _text[^1] != '\n';
                continue;
            }
            if (_pendingSpace)
            {
                _text.Append(' ');
                _html.Append(' ');
                _pendingSpace = false;
            }
            _text.Append(c);
            LinkChars += LinkDepth > 0 ? 1 : 0;
            AppendEscaped(c);
        }
    }

    public void AppendMarkup(string html) => _html.Append(html);

    public void AppendImage(string html)
    {
        _html.Append(html);
        HasImage = true;
    }

    public void LineBreak()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
            _html.Append("<br>");
        }
        _pendingSpace = false;
    }

    /// <summary>Takes the gathered content as a block (or null when blank) and resets the buffer.</summary>
    public Block? Take(string kind)
    {
        var text = _text.ToString().Trim();
        var html = _html.ToString().Trim();
        var block = text.Length == 0 && !HasImage ? null : new Block(kind, $"<{kind}>{html}</{kind}>", text, LinkChars);
        _html.Clear();
        _text.Clear();
        _pendingSpace = false;
        LinkChars = 0;
        HasImage = false;
        return block;
    }

    private void AppendEscaped(char c)
    {
        switch (c)
        {
            case '<':
                _html.Append("&lt;");
                break;
            case '>':
                _html.Append("&gt;");
                break;
            case '&':
                _html.Append("&amp;");
                break;
            default:
                _html.Append(c);
                break;
        }
    }

    public static string Attribute(string value) => WebUtility.HtmlEncode(value);
}
