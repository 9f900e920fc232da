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
    private static readonly string Map = BuildMap();

    public static string Repair(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009f');
        if (first < 0)
        {
            return text;
        }
        // Copied whole, then only the C1 positions rewritten: they are rare even in the texts that have one.
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.CopyTo(span);
            for (var i = state.first; i >= 0; i = NextC1(span, i + 1))
            {
                span[i] = Map[span[i] - 0x80];
            }
        });
    }

    private static int NextC1(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOfAnyInRange('\u0080', '\u009f');
        return next < 0 ? -1 : from + next;
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
