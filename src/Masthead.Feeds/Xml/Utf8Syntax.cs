using System.Buffers;
using System.Text.Unicode;

namespace Masthead.Feeds.Xml;

/// <summary>
/// The small pieces of XML 1.0 syntax <see cref="Utf8TreeBuilder"/> reads from bytes: names, white space,
/// comments, processing instructions and the XML declaration. Each returns -1 for anything outside the subset it
/// accepts (names outside ASCII, a version other than 1.0, an encoding other than UTF-8...), and the document then
/// goes to System.Xml, so accepting less is always safe.
/// </summary>
internal static class Utf8Syntax
{
    /// <summary>C0 controls XML 1.0 forbids anywhere (Char production, section 2.2): all but tab, newline and carriage return.</summary>
    private static readonly SearchValues<byte> ForbiddenControls = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    private static readonly SearchValues<byte> Space = SearchValues.Create(" \t\r\n"u8);

    /// <summary>True when valid UTF-8 holds a character XML forbids: a C0 control, U+FFFE or U+FFFF (EF BF BE, EF BF BF).</summary>
    public static bool HasForbiddenCharacters(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IndexOfAny(ForbiddenControls) >= 0)
        {
            return true;
        }
        ReadOnlySpan<byte> lead = [0xEF, 0xBF];
        for (var i = utf8.IndexOf(lead); i >= 0; i = Next(utf8, lead, i + 2))
        {
            if (i + 2 < utf8.Length && utf8[i + 2] >= 0xBE)
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>True for white space only; the first byte is looked at alone, as text between tags mostly starts with a letter.</summary>
    public static bool IsAllSpace(ReadOnlySpan<byte> text) => text.IsEmpty || (IsSpace(text[0]) && text.IndexOfAnyExcept(Space) < 0);

    public static bool IsAllSpace(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(" \t\r\n") < 0;

    /// <summary>Steps over white space; returns the index after it.</summary>
    /// <remarks>A plain loop: inside tags the run is zero or one byte long, too short for a vectorised search to pay.</remarks>
    public static int SkipSpace(ReadOnlySpan<byte> doc, int i)
    {
        while (i < doc.Length && IsSpace(doc[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// An ASCII XML name with at most one colon, not first or last (Namespaces in XML's QName): the index after it,
    /// or -1. <paramref name="colon"/> is the colon's index, -1 without one.
    /// </summary>
    public static int Name(ReadOnlySpan<byte> doc, int i, out int colon)
    {
        colon = -1;
        if (i >= doc.Length || !IsNameStart(doc[i]))
        {
            return -1;
        }
        var j = i + 1;
        while (j < doc.Length)
        {
            var b = doc[j];
            if (IsNameStart(b) || b is (byte)'-' or (byte)'.' || char.IsAsciiDigit((char)b))
            {
                j++;
            }
            else if (b == ':' && colon < 0 && j + 1 < doc.Length && IsNameStart(doc[j + 1]))
            {
                colon = j++;
            }
            else
            {
                break;
            }
        }
        return j;
    }

    /// <summary>A comment from its "&lt;!--": the index after "--&gt;", or -1 ("--" inside a comment is not well-formed).</summary>
    public static int Comment(ReadOnlySpan<byte> doc, int at)
    {
        var bodyStart = at + 4;
        var close = doc[bodyStart..].IndexOf("-->"u8);
        if (close < 0)
        {
            return -1;
        }
        var body = doc.Slice(bodyStart, close);
        return body.IndexOf("--"u8) >= 0 || (body.Length > 0 && body[^1] == '-') || !Utf8.IsValid(body) ? -1 : bodyStart + close + 3;
    }

    /// <summary>A processing instruction from its "&lt;?": the index after "?&gt;", or -1 (a target named "xml" after the start is an error).</summary>
    public static int ProcessingInstruction(ReadOnlySpan<byte> doc, int at)
    {
        var nameEnd = Name(doc, at + 2, out var colon);
        if (nameEnd < 0 || colon >= 0 || doc[(at + 2)..nameEnd] is [(byte)'x' or (byte)'X', (byte)'m' or (byte)'M', (byte)'l' or (byte)'L'])
        {
            return -1;
        }
        if (!doc[nameEnd..].StartsWith("?>"u8) && (nameEnd >= doc.Length || !IsSpace(doc[nameEnd])))
        {
            return -1; // the target ends at white space or at "?>"
        }
        var close = doc[nameEnd..].IndexOf("?>"u8);
        return close < 0 || !Utf8.IsValid(doc.Slice(nameEnd, close)) ? -1 : nameEnd + close + 2;
    }

    /// <summary>
    /// The XML declaration at the start: the index after it, or -1 unless it says version 1.0, then optionally
    /// encoding UTF-8 (any encoding name when <paramref name="anyEncoding"/>) and standalone yes or no, in that order
    /// (section 2.8).
    /// </summary>
    public static int Declaration(ReadOnlySpan<byte> doc, bool anyEncoding = false)
    {
        var close = doc.IndexOf("?>"u8);
        if (close < 0)
        {
            return -1;
        }
        var inside = doc[5..close];
        var i = 0;
        var step = 0; // 0: version next, 1: encoding or standalone, 2: standalone, 3: nothing more
        while (true)
        {
            var start = SkipSpace(inside, i);
            if (start == inside.Length)
            {
                return step > 0 ? close + 2 : -1;
            }
            if (start == i || !PseudoAttribute(inside, start, out var name, out var value, out i))
            {
                return -1;
            }
            step = (step, name, value) switch
            {
                (0, "version", "1.0") => 1,
                (1, "encoding", _) when value.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || (anyEncoding && IsEncodingName(value)) => 2,
                (1 or 2, "standalone", "yes" or "no") => 3,
                _ => -1,
            };
            if (step < 0)
            {
                return -1;
            }
        }
    }

    /// <summary>EncName (section 4.3.3): a Latin letter, then letters, digits, '.', '_' and '-'.</summary>
    private static bool IsEncodingName(string value) =>
        value.Length > 0 && char.IsAsciiLetter(value[0]) && value.AsSpan(1).IndexOfAnyExcept(EncodingNameChars) < 0;

    private static readonly SearchValues<char> EncodingNameChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    private static readonly SearchValues<byte> PublicIdChars = SearchValues.Create(" \r\nabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'()+,./:=?;!*#@$_%"u8);

    /// <summary>
    /// A document type declaration without an internal subset, from its "&lt;!DOCTYPE": the index after it, or -1
    /// (section 2.8). System.Xml, told to ignore DTDs, reads past it and loads nothing; so does this. One with an
    /// internal subset ('[') may declare entities and is left to System.Xml.
    /// </summary>
    public static int Doctype(ReadOnlySpan<byte> doc, int at)
    {
        var i = at + "<!DOCTYPE"u8.Length;
        var nameStart = SkipSpace(doc, i);
        var nameEnd = nameStart == i ? -1 : Name(doc, nameStart, out _);
        if (nameEnd < 0)
        {
            return -1;
        }
        i = SkipSpace(doc, nameEnd);
        var rest = doc[i..];
        var literals = rest.StartsWith("SYSTEM"u8) ? 1 : rest.StartsWith("PUBLIC"u8) ? 2 : 0;
        if (literals > 0)
        {
            i += 6;
            for (var n = 0; n < literals; n++)
            {
                var quote = SkipSpace(doc, i);
                var end = quote == i ? -1 : Literal(doc, quote);
                // The public identifier keeps to PubidChar (production 13); the system one may hold anything but its quote.
                if (end < 0 || (literals == 2 && n == 0 && doc[(quote + 1)..(end - 1)].IndexOfAnyExcept(PublicIdChars) >= 0) || !Utf8.IsValid(doc[(quote + 1)..(end - 1)]))
                {
                    return -1;
                }
                i = end;
            }
            i = SkipSpace(doc, i);
        }
        return i < doc.Length && doc[i] == '>' ? i + 1 : -1;
    }

    /// <summary>
    /// One attribute (or XML-declaration pseudo-attribute) from its name: name, '=' between optional white space, and a
    /// quoted value, kept raw (<paramref name="valueStart"/> to <paramref name="valueEnd"/>). The index after the
    /// closing quote, or -1.
    /// </summary>
    public static int Attribute(ReadOnlySpan<byte> doc, int i, out int nameEnd, out int colon, out int valueStart, out int valueEnd)
    {
        (valueStart, valueEnd) = (-1, -1);
        nameEnd = Name(doc, i, out colon);
        if (nameEnd < 0)
        {
            return -1;
        }
        var eq = SkipSpace(doc, nameEnd);
        if (eq >= doc.Length || doc[eq] != '=')
        {
            return -1;
        }
        var quote = SkipSpace(doc, eq + 1);
        var end = Literal(doc, quote);
        (valueStart, valueEnd) = (quote + 1, end - 1);
        return end;
    }

    /// <summary>A literal in single or double quotes from its opening quote: the index after the closing one, or -1.</summary>
    private static int Literal(ReadOnlySpan<byte> doc, int quote)
    {
        if (quote >= doc.Length || doc[quote] is not ((byte)'"' or (byte)'\''))
        {
            return -1;
        }
        var length = doc[(quote + 1)..].IndexOf(doc[quote]);
        return length < 0 ? -1 : quote + 1 + length + 1;
    }

    private static bool PseudoAttribute(ReadOnlySpan<byte> text, int i, out string name, out string value, out int end)
    {
        (name, value) = ("", "");
        end = Attribute(text, i, out var nameEnd, out var colon, out var valueStart, out var valueEnd);
        if (end < 0 || colon >= 0)
        {
            return false;
        }
        name = System.Text.Encoding.ASCII.GetString(text[i..nameEnd]);
        value = System.Text.Encoding.UTF8.GetString(text[valueStart..valueEnd]);
        return true;
    }

    private static bool IsNameStart(byte b) => char.IsAsciiLetter((char)b) || b == '_';

    private static int Next(ReadOnlySpan<byte> text, ReadOnlySpan<byte> value, int from)
    {
        var next = from < text.Length ? text[from..].IndexOf(value) : -1;
        return next < 0 ? -1 : from + next;
    }
}
