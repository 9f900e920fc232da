using System.Buffers;
using System.Globalization;
using System.Text;

namespace Masthead.Feeds.Content;

/// <summary>
/// Writes HTML text or an attribute value keeping its character references as written ("&amp;#38;" stays
/// "&amp;#38;", as feedparser's HTML output keeps them) while escaping what would not survive as written: a bare
/// '&amp;' that starts no reference becomes "&amp;amp;" (HTML 5, 13.1.4 "ambiguous ampersand"), and in attribute values
/// '&lt;', '&gt;' and '"' are escaped so nothing leaves the quoted value. "&amp;#X61;" is written "&amp;#x61;".
/// </summary>
internal static class ReferenceText
{
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"");

    public static void Append(StringBuilder builder, ReadOnlySpan<char> text, bool attribute)
    {
        var i = 0;
        while (i < text.Length)
        {
            var special = attribute ? text[i..].IndexOfAny(AttributeSpecials) : text[i..].IndexOf('&');
            if (special < 0)
            {
                builder.Append(text[i..]);
                return;
            }
            builder.Append(text.Slice(i, special));
            i += special;
            switch (text[i])
            {
                case '<': builder.Append("&lt;"); i++; break;
                case '>': builder.Append("&gt;"); i++; break;
                case '"': builder.Append("&quot;"); i++; break;
                default: i = AppendAmpersand(builder, text, i); break;
            }
        }
    }

    /// <summary>True when the text holds an ampersand that <see cref="Append"/> would rewrite.</summary>
    public static bool NeedsRewrite(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('&'); i >= 0; i = Next(text, i + 1))
        {
            var length = ReferenceLength(text, i);
            if (length == 0 || (text[i + 1] == '#' && (text[i + 2] == 'X' || C1Reference(text.Slice(i + 2, length - 3)) is not null)))
            {
                return true;
            }
        }
        return false;
    }

    private static int Next(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOf('&');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>Writes the ampersand at <paramref name="i"/> (with the reference it starts, if any) as <see cref="Append"/> does; returns the index after it.</summary>
    public static int AppendAmpersand(StringBuilder builder, ReadOnlySpan<char> text, int i)
    {
        var length = ReferenceLength(text, i);
        if (length == 0)
        {
            builder.Append("&amp;");
            return i + 1;
        }
        if (text[i + 1] == '#' && C1Reference(text.Slice(i + 2, length - 3)) is { } mapped)
        {
            builder.Append("&#x").Append(((int)mapped).ToString("x", CultureInfo.InvariantCulture)).Append(';');
            return i + length;
        }
        if (text[i + 1] == '#' && text[i + 2] == 'X')
        {
            builder.Append("&#x").Append(text.Slice(i + 3, length - 3));
            return i + length;
        }
        builder.Append(text.Slice(i, length));
        return i + length;
    }

    /// <summary>A numeric reference to a C1 control ("146", "x92"): the Windows-1252 character it meant, else null.</summary>
    private static char? C1Reference(ReadOnlySpan<char> number)
    {
        var hex = number.Length > 0 && number[0] is 'x' or 'X';
        if (!int.TryParse(hex ? number[1..] : number, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 0x80 or > 0x9F)
        {
            return null;
        }
        var mapped = Decoding.C1Controls.Map((char)code);
        return mapped == code ? null : mapped;
    }

    /// <summary>The length of a well-formed reference at <paramref name="at"/> ("&amp;name;", "&amp;#123;", "&amp;#x1F;"), or 0.</summary>
    private static int ReferenceLength(ReadOnlySpan<char> text, int at)
    {
        var i = at + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            var hex = i < text.Length && text[i] is 'x' or 'X';
            i += hex ? 1 : 0;
            var digits = i;
            while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            {
                i++;
            }
            return i > digits && i < text.Length && text[i] == ';' ? i + 1 - at : 0;
        }
        var name = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }
        return i > name && char.IsAsciiLetter(text[name]) && i < text.Length && text[i] == ';' ? i + 1 - at : 0;
    }
}
