using System.Text;

namespace Masthead.Feeds.Decoding;

/// <summary>
/// Decoded document text, the encoding name used, and decoding problems (bozo reasons). A document whose bytes are
/// valid UTF-8 keeps its bytes and decodes to a string only when something asks for <see cref="Text"/>: the fast
/// path hands the bytes straight to the XML reader and never needs the string.
/// </summary>
internal sealed class DecodedFeed
{
    /// <summary>How many leading characters <see cref="Prolog"/> holds (the XML declaration, a DOCTYPE, the root start tag).</summary>
    private const int PrologChars = 4096;

    private readonly ReadOnlyMemory<byte> _utf8;
    private string? _text;

    /// <param name="text">The decoded text.</param>
    /// <param name="encoding">The encoding name used.</param>
    /// <param name="problems">Decoding problems (bozo reasons).</param>
    /// <param name="bytesAreUtf8">True when the raw bytes may be handed to an XML reader as they are: UTF-8, and the XML declaration names UTF-8 or nothing.</param>
    public DecodedFeed(string text, string encoding, IReadOnlyList<string> problems, bool bytesAreUtf8 = false)
    {
        _text = text;
        Encoding = encoding;
        Problems = problems;
        BytesAreUtf8 = bytesAreUtf8;
    }

    private DecodedFeed(ReadOnlyMemory<byte> utf8, IReadOnlyList<string> problems, bool @checked)
    {
        _utf8 = utf8;
        Encoding = "utf-8";
        Problems = problems;
        BytesAreUtf8 = true;
        Utf8Unchecked = !@checked;
    }

    /// <summary>
    /// Bytes checked to be valid UTF-8 (or, when <paramref name="checked"/> is false, that say they are UTF-8 and are
    /// read only by the byte reader, which checks them as it goes), decoded (and their C1 controls repaired) on demand.
    /// </summary>
    public static DecodedFeed FromValidUtf8(ReadOnlyMemory<byte> utf8, IReadOnlyList<string> problems, bool @checked = true) => new(utf8, problems, @checked);

    /// <summary>
    /// True when the document says it is UTF-8 and its bytes have not been checked: only the byte reader may read them
    /// (it refuses a document that is not UTF-8), and any other path must decode the document again, checked.
    /// </summary>
    public bool Utf8Unchecked { get; }

    public string Text => _text ??= C1Controls.Repair(System.Text.Encoding.UTF8.GetString(_utf8.Span));

    public string Encoding { get; }

    public IReadOnlyList<string> Problems { get; }

    public bool BytesAreUtf8 { get; }

    /// <summary>The document's bytes after the byte order mark when they were checked to be valid UTF-8 and nothing else names another encoding; else empty.</summary>
    public ReadOnlyMemory<byte> ValidUtf8 => _utf8;

    /// <summary>The start of the text, without decoding the whole document when it has not been decoded yet.</summary>
    public string Prolog
    {
        get
        {
            if (_text is not null)
            {
                return _text.Length <= PrologChars ? _text : _text[..PrologChars];
            }
            // A multi-byte character cut at the end decodes to U+FFFD, which no prolog check looks for.
            return System.Text.Encoding.UTF8.GetString(_utf8.Span[..Math.Min(_utf8.Length, PrologChars)]);
        }
    }
}
