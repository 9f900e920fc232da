using System.Buffers;
using System.Text;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Content;

/// <summary>
/// Characters XML 1.0 does not allow in a document (section 2.2, the Char production: C0 controls other than tab,
/// line feed and carriage return, and U+FFFE / U+FFFF). Feeds in the wild still carry them (a stray backspace in a
/// title); they never mean anything a reader could show, so the lenient tree builder drops them from text and attribute
/// values (the strict builders refuse them) and text constructs from decoded base64; a document that holds them is not
/// well-formed, and the tree built around them says so, for the bozo flag.
/// </summary>
internal static class IllegalChars
{
    /// <remarks>
    /// The C0 controls alone, an ASCII set SearchValues scans vectorised; U+FFFE and U+FFFF are looked for apart
    /// (<see cref="IndexOfIllegal"/>): one set holding both fell back to a probabilistic map that cost about 1.4% of a
    /// whole parse, since every text construct is scanned.
    /// </remarks>
    private static readonly SearchValues<char> IllegalControls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>The tree with one more problem when the document text holds an illegal character.</summary>
    public static XmlTree Flag(XmlTree tree, string text)
    {
        var at = IndexOfIllegal(text);
        return at < 0 ? tree : tree with { Problems = [.. tree.Problems, $"illegal character U+{(int)text[at]:X4} at offset {at} (XML 1.0 section 2.2), dropped"] };
    }

    /// <summary>The text without illegal characters; the same instance when it has none (the common case).</summary>
    public static string Remove(string text)
    {
        var first = IndexOfIllegal(text);
        if (first < 0)
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        kept.Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!IsIllegal(c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }

    private static int IndexOfIllegal(ReadOnlySpan<char> text)
    {
        var control = text.IndexOfAny(IllegalControls);
        var noncharacter = (control < 0 ? text : text[..control]).IndexOfAny('\uFFFE', '\uFFFF');
        return noncharacter >= 0 ? noncharacter : control;
    }

    private static bool IsIllegal(char c) => c is '\uFFFE' or '\uFFFF' || IllegalControls.Contains(c);
}
