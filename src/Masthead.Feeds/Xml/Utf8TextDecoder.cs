using System.Buffers;
using System.Text;

namespace Masthead.Feeds.Xml;

/// <summary>
/// Character data and attribute values decoded from UTF-8 the way an XML 1.0 processor must report them: the five
/// predefined entities and character references replaced, line ends normalised to "\n" (section 2.11), and in
/// attribute values each literal tab, line end or newline turned into a space (section 3.3.3). Anything outside that
/// (a named entity from a DTD, "]]&gt;" in text, '&lt;' in a value, a reference to a character XML forbids) makes
/// <see cref="Append"/> return false: the caller then leaves the document to System.Xml, which knows the whole spec.
/// </summary>
internal sealed class Utf8TextDecoder
{
    private static readonly SearchValues<byte> TextSpecials = SearchValues.Create("&\r]"u8);
    private static readonly SearchValues<byte> AttributeSpecials = SearchValues.Create("&\r\n\t<"u8);

    /// <summary>A buffer grown past this is dropped after the document, so one huge feed does not pin memory per thread.</summary>
    private const int KeptCapacity = 64 * 1024;

    /// <summary>
    /// Runs up to this many bytes are scanned and widened in plain loops: starting a vectorised search or the
    /// transcoder costs more than it saves on them.
    /// </summary>
    private const int ShortRun = 16;

    /// <summary>Bytes looked at for a reference's ';': "&amp;#x10FFFF;" is 10, and leading zeros past this are refused.</summary>
    private const int MaxReferenceBytes = 32;

    private char[] _chars = new char[1024];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    /// <summary>True when the bytes decode to exactly their UTF-8 characters (no reference, line end or forbidden sequence).</summary>
    /// <remarks>Short values (most attributes, many titles) are checked in a plain loop: a vectorised search costs more to start.</remarks>
    public static bool IsPlain(ReadOnlySpan<byte> raw, bool attribute)
    {
        if (raw.Length > ShortRun)
        {
            return raw.IndexOfAny(attribute ? AttributeSpecials : TextSpecials) < 0;
        }
        var specials = attribute ? AttributeSpecials : TextSpecials;
        foreach (var b in raw)
        {
            if (specials.Contains(b))
            {
                return false;
            }
        }
        return true;
    }

    public void Clear() => Length = 0;

    /// <summary>Empties the buffer and lets an oversized one go.</summary>
    public void Reset()
    {
        Length = 0;
        if (_chars.Length > KeptCapacity)
        {
            _chars = new char[1024];
        }
    }

    public string ToStringAndClear()
    {
        var text = new string(_chars, 0, Length);
        Length = 0;
        return text;
    }

    /// <summary>Appends text or an attribute value decoded; false when it holds something only System.Xml should judge, or is not UTF-8.</summary>
    public bool Append(ReadOnlySpan<byte> raw, bool attribute)
    {
        // Decoding never lengthens: a UTF-8 sequence gives at most as many UTF-16 units as it has bytes, and a
        // reference is longer than the one or two units it stands for.
        Reserve(raw.Length);
        var specials = attribute ? AttributeSpecials : TextSpecials;
        var i = 0;
        while (i < raw.Length)
        {
            var special = raw[i..].IndexOfAny(specials);
            var plain = special < 0 ? raw[i..] : raw.Slice(i, special);
            // Specials are ASCII, so a slice before one never cuts a multi-byte sequence.
            if (!AppendUtf8(plain))
            {
                return false;
            }
            if (special < 0)
            {
                return true;
            }
            i += special;
            switch (raw[i])
            {
                case (byte)'&':
                    var consumed = AppendReference(raw[i..]);
                    if (consumed == 0)
                    {
                        return false;
                    }
                    i += consumed;
                    break;
                case (byte)'\r':
                    i += i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
                    _chars[Length++] = attribute ? ' ' : '\n';
                    break;
                case (byte)']':
                    if (raw[i..].StartsWith("]]>"u8))
                    {
                        return false;
                    }
                    _chars[Length++] = ']';
                    i++;
                    break;
                case (byte)'<':
                    return false;
                default:
                    _chars[Length++] = ' '; // a literal tab or newline in an attribute value
                    i++;
                    break;
            }
        }
        return true;
    }

    /// <summary>
    /// Escaped HTML ("&amp;lt;p&amp;gt;") alternates short runs with references; a short ASCII run is widened in a
    /// plain loop, which costs less than starting the vectorised transcoder for it.
    /// </summary>
    private bool AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= ShortRun)
        {
            var start = Length;
            foreach (var b in utf8)
            {
                if (b >= 0x80)
                {
                    Length = start;
                    return Transcode(utf8);
                }
                _chars[Length++] = (char)b;
            }
            return true;
        }
        return Transcode(utf8);
    }

    /// <summary>
    /// UTF-8 to characters, checking as it goes: false at the first byte sequence that is not UTF-8. The document's
    /// bytes are not checked beforehand, so this check is what stands between a mislabelled document and its text (the
    /// caller then leaves the document to the decoder's fallbacks); it costs nothing the transcoder does not do anyway.
    /// </summary>
    private bool Transcode(ReadOnlySpan<byte> utf8)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(utf8, _chars.AsSpan(Length), out _, out var written, replaceInvalidSequences: false);
        Length += written;
        return status == OperationStatus.Done;
    }

    /// <summary>Appends text with nothing to replace or normalise (<see cref="IsPlain"/>); false when it is not UTF-8.</summary>
    public bool AppendPlain(ReadOnlySpan<byte> raw)
    {
        Reserve(raw.Length);
        return Transcode(raw);
    }

    /// <summary>Appends a CDATA section's content: only its line ends change. False when it is not UTF-8.</summary>
    public bool AppendCData(ReadOnlySpan<byte> raw)
    {
        Reserve(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var cr = raw[i..].IndexOf((byte)'\r');
            var plain = cr < 0 ? raw[i..] : raw.Slice(i, cr);
            if (!Transcode(plain))
            {
                return false;
            }
            if (cr < 0)
            {
                return true;
            }
            i += cr;
            i += i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
            _chars[Length++] = '\n';
        }
        return true;
    }

    /// <summary>Appends one reference at the start of <paramref name="raw"/>; returns the bytes it took, 0 when it is not one this reader may expand.</summary>
    private int AppendReference(ReadOnlySpan<byte> raw)
    {
        // The three that escaped HTML is made of, matched before anything general.
        if (raw.StartsWith("&lt;"u8) || raw.StartsWith("&gt;"u8))
        {
            _chars[Length++] = raw[1] == 'l' ? '<' : '>';
            return 4;
        }
        if (raw.StartsWith("&amp;"u8))
        {
            _chars[Length++] = '&';
            return 5;
        }
        var semicolon = raw[..Math.Min(raw.Length, MaxReferenceBytes)].IndexOf((byte)';');
        if (semicolon < 2)
        {
            return 0;
        }
        var name = raw[1..semicolon];
        char predefined = name switch
        {
            _ when name.SequenceEqual("lt"u8) => '<',
            _ when name.SequenceEqual("gt"u8) => '>',
            _ when name.SequenceEqual("amp"u8) => '&',
            _ when name.SequenceEqual("apos"u8) => '\'',
            _ when name.SequenceEqual("quot"u8) => '"',
            _ => '\0',
        };
        if (predefined != '\0')
        {
            _chars[Length++] = predefined;
            return semicolon + 1;
        }
        if (name[0] != '#' || !TryCodePoint(name[1..], out var code) || !IsXmlChar(code))
        {
            return 0;
        }
        Length += new Rune(code).EncodeToUtf16(_chars.AsSpan(Length));
        return semicolon + 1;
    }

    /// <summary>"38" or "x26" (XML allows only a lower-case x) to a code point.</summary>
    private static bool TryCodePoint(ReadOnlySpan<byte> digits, out int code)
    {
        code = 0;
        var hex = digits.Length > 0 && digits[0] == 'x';
        digits = hex ? digits[1..] : digits;
        if (digits.Length == 0)
        {
            return false;
        }
        foreach (var d in digits)
        {
            int value = d switch
            {
                >= (byte)'0' and <= (byte)'9' => d - '0',
                >= (byte)'a' and <= (byte)'f' when hex => d - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' when hex => d - 'A' + 10,
                _ => -1,
            };
            if (value < 0)
            {
                return false;
            }
            code = code * (hex ? 16 : 10) + value;
            if (code > 0x10FFFF)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>XML 1.0's Char production (section 2.2).</summary>
    private static bool IsXmlChar(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    private void Reserve(int more)
    {
        if (Length + more > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + more));
        }
    }
}
