using Masthead.Core.Text;

namespace Masthead.Feeds.Decoding;

/// <summary>
/// C1 control characters (U+0080 to U+009F) in decoded feed text are, in practice, Windows-1252 punctuation
/// that went through a Latin-1 step ("don\u0092t" meant "don’t"). They never mean a control, so they are
/// mapped to the Windows-1252 characters at the same code points; the five code points 1252 leaves
/// undefined stay as they are.
/// </summary>
internal static class C1Controls
{
    private static readonly string Mapping = BuildMap();

    /// <summary>One character repaired: a C1 control becomes its Windows-1252 character; anything else is returned as is.</summary>
    public static char Map(char c) => c is >= '\u0080' and <= '\u009f' ? Mapping[c - 0x80] : c;

    public static string Repair(string text)
    {
        var first = NextMapped(text, 0);
        if (first < 0)
        {
            return text;
        }
        // Copied whole, then only the C1 positions rewritten: they are rare even in the texts that have one.
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.CopyTo(span);
            RepairInPlace(span[state.first..]);
        });
    }

    /// <summary>The same mapping over characters the caller owns (a buffer about to become a string), without a copy.</summary>
    public static void RepairInPlace(Span<char> text)
    {
        for (var i = NextMapped(text, 0); i >= 0; i = NextMapped(text, i + 1))
        {
            text[i] = Mapping[text[i] - 0x80];
        }
    }

    /// <summary>
    /// The next C1 control Windows-1252 gives another character, or -1. The five it leaves undefined (0x81, 0x8D, 0x8F,
    /// 0x90, 0x9D) map to themselves and are stepped over, so text holding only those is not copied: U+009D is common,
    /// it ends a double-encoded right double quotation mark ("â€\u009d"), and copying for it alone cost about 0.8 MB per
    /// pass over the real corpus.
    /// </summary>
    private static int NextMapped(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var next = text[i..].IndexOfAnyInRange('\u0080', '\u009f');
            if (next < 0)
            {
                return -1;
            }
            i += next;
            if (Mapping[text[i] - 0x80] != text[i])
            {
                return i;
            }
        }
        return -1;
    }

    private static string BuildMap()
    {
        var bytes = Enumerable.Range(0x80, 32).Select(b => (byte)b).ToArray();
        var mapped = Charsets.Windows1252.GetString(bytes).ToCharArray();
        for (var i = 0; i < mapped.Length; i++)
        {
            if (mapped[i] == '\uFFFD' || mapped[i] == '?')
            {
                mapped[i] = (char)(0x80 + i);
            }
        }
        return new string(mapped);
    }
}
