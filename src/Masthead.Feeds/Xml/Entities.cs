using System.Globalization;
using System.Net;
using System.Text;

namespace Masthead.Feeds.Xml;

/// <summary>
/// Character references for the lenient builder: the five XML entities, numeric references, HTML's named
/// entities (feeds use &amp;nbsp; and friends without declaring them), and simple entities declared in the
/// document's internal subset. Declared entities are never expanded recursively, which bounds the output
/// (no billion laughs).
/// </summary>
internal static class Entities
{
    public static string Decode(string text, IReadOnlyDictionary<string, string>? declared, ref bool unknown)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, amp);
        var i = amp;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '&')
            {
                builder.Append(c);
                i++;
                continue;
            }
            var semi = text.IndexOf(';', i + 1);
            if (semi < 0 || semi - i > 40 || !TryDecodeOne(text[(i + 1)..semi], declared, builder, ref unknown))
            {
                builder.Append('&');
                i++;
                continue;
            }
            i = semi + 1;
        }
        return builder.ToString();
    }

    private static bool TryDecodeOne(string name, IReadOnlyDictionary<string, string>? declared, StringBuilder output, ref bool unknown)
    {
        if (name.Length == 0)
        {
            return false;
        }
        if (name[0] == '#')
        {
            return TryNumeric(name, output);
        }
        switch (name)
        {
            case "amp": output.Append('&'); return true;
            case "lt": output.Append('<'); return true;
            case "gt": output.Append('>'); return true;
            case "quot": output.Append('"'); return true;
            case "apos": output.Append('\''); return true;
        }
        if (declared is not null && declared.TryGetValue(name, out var value))
        {
            output.Append(value);
            return true;
        }
        var reference = "&" + name + ";";
        var html = WebUtility.HtmlDecode(reference);
        if (html == reference)
        {
            unknown = true;
            return false;
        }
        unknown = true;
        output.Append(html);
        return true;
    }

    private static bool TryNumeric(string name, StringBuilder output)
    {
        var hex = name.Length > 1 && (name[1] == 'x' || name[1] == 'X');
        var digits = hex ? name[2..] : name[1..];
        var ok = int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code);
        if (!ok || code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        {
            return false;
        }
        output.Append(char.ConvertFromUtf32(code));
        return true;
    }
}
