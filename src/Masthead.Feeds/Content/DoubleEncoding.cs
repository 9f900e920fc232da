using System.Buffers;
using System.Text;

namespace Masthead.Feeds.Content;

/// <summary>
/// Repairs text that was UTF-8, was read as Latin-1 or Windows-1252 somewhere upstream and was encoded again
/// ("â€¦" for "…"), the common error feedparser also undoes. The text is taken back to the single bytes those
/// encodings give its characters; when every character has such a byte and the bytes are valid UTF-8 holding at
/// least one multi-byte sequence, the text was double-encoded and its UTF-8 reading is returned. Accented Latin
/// text ("café") is not valid UTF-8 read that way, so it is left alone.
/// </summary>
internal static class DoubleEncoding
{
    /// <summary>Windows-1252 characters to their byte; Latin-1 characters and the C1 controls map to their code point.</summary>
    private static readonly Dictionary<char, byte> Windows1252Bytes = BuildBytes();

    public static string Repair(string text) => TryRepair(text) ?? text;

    /// <summary>
    /// <see cref="Repair"/> of the text without surrounding white space (as <c>Repair(text.Trim())</c>), without the
    /// trimmed copy when the repair makes a new string anyway.
    /// </summary>
    public static string RepairTrimmed(string text) => TryRepair(text.AsSpan().Trim()) ?? text.Trim();

    /// <summary>The UTF-8 reading of double-encoded text, or null when the text is not double-encoded.</summary>
    public static string? TryRepair(ReadOnlySpan<char> text)
    {
        // A UTF-8 lead byte read as Latin-1 is one of U+00C2 to U+00F4, and a continuation byte must follow it: text
        // whose first such character has none ("café") is not double-encoded, and costs nothing more.
        var lead = text.IndexOfAnyInRange('\u00c2', '\u00f4');
        if (lead < 0 || lead + 1 >= text.Length || !IsContinuation(text[lead + 1]))
        {
            return null;
        }
        var bytes = ArrayPool<byte>.Shared.Rent(text.Length);
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            // One transcoding pass that also validates: Utf8.IsValid and then Encoding.UTF8.GetString read every byte
            // three times (validate, count, transcode), and most bodies that get here are repaired (about 0.9 M
            // characters per pass over the real corpus).
            return ToSingleBytes(text, bytes)
                && System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(0, text.Length), chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? new string(chars, 0, written)
                : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// The byte Latin-1 or Windows-1252 gives each character, false when a character has none. Runs of U+0000 to U+00FF
    /// go through the vectorised Latin-1 encoder (a byte per code point, as Latin-1 maps them); only the characters above
    /// it are looked up one by one. Repaired texts are whole HTML bodies: a per-character loop was 2% of a parse.
    /// </summary>
    private static bool ToSingleBytes(ReadOnlySpan<char> text, byte[] bytes)
    {
        var i = 0;
        while (i < text.Length)
        {
            var run = text[i..].IndexOfAnyExceptInRange('\u0000', '\u00ff');
            var end = run < 0 ? text.Length : i + run;
            i += Encoding.Latin1.GetBytes(text[i..end], bytes.AsSpan(i));
            if (i == text.Length)
            {
                return true;
            }
            if (!Windows1252Bytes.TryGetValue(text[i], out var b))
            {
                return false;
            }
            bytes[i++] = b;
        }
        return true;
    }

    /// <summary>A character that stands for a UTF-8 continuation byte (0x80 to 0xBF) in Latin-1 or Windows-1252.</summary>
    private static bool IsContinuation(char c) => c is >= '\u0080' and <= '\u00bf' || Windows1252Bytes.ContainsKey(c);

    private static Dictionary<char, byte> BuildBytes()
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0x9f; b++)
        {
            // The C1 repair's table read backwards: the Windows-1252 characters outside Latin-1 and their bytes.
            var c = Decoding.C1Controls.Map((char)b);
            if (c > '\u00ff')
            {
                map[c] = (byte)b;
            }
        }
        return map;
    }
}
