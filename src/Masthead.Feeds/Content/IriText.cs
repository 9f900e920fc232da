using System.Text;

namespace Masthead.Feeds.Content;

/// <summary>
/// Keeps a resolved reference an IRI (RFC 3987) when it was written as one: System.Uri percent-encodes every
/// non-ASCII character while resolving ("À" becomes "%C3%80"), where feed readers, feedparser among them, keep the
/// characters the publisher wrote. Only escapes of non-ASCII UTF-8 sequences are turned back; ASCII escapes
/// ("%20", "%2F") keep their meaning as written.
/// </summary>
internal static class IriText
{
    /// <param name="written">The reference and base as written (only their being ASCII matters).</param>
    /// <param name="resolved">The absolute URI System.Uri produced.</param>
    public static string Keep(string written, string? writtenBase, string resolved)
    {
        if (Ascii.IsValid(written) && (writtenBase is null || Ascii.IsValid(writtenBase)))
        {
            return resolved;
        }
        var builder = new StringBuilder(resolved.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < resolved.Length; i++)
        {
            if (EscapedHighByte(resolved, i) is { } value)
            {
                bytes.Add(value);
                i += 2;
                continue;
            }
            Flush(builder, bytes);
            builder.Append(resolved[i]);
        }
        Flush(builder, bytes);
        return builder.ToString();
    }

    /// <summary>The byte of a "%XX" escape at <paramref name="i"/> when it is 0x80 or above (part of a non-ASCII UTF-8 sequence).</summary>
    private static byte? EscapedHighByte(string text, int i) =>
        i + 2 < text.Length && text[i] == '%' && byte.TryParse(text.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var value) && value >= 0x80
            ? value
            : null;

    /// <summary>Writes collected escaped bytes back as characters when they are valid UTF-8, else as the escapes they were.</summary>
    private static void Flush(StringBuilder builder, List<byte> bytes)
    {
        if (bytes.Count == 0)
        {
            return;
        }
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes);
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            builder.Append(Encoding.UTF8.GetString(span));
        }
        else
        {
            foreach (var b in bytes)
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        bytes.Clear();
    }
}
