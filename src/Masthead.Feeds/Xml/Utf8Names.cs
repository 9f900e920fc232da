using System.Text;

namespace Masthead.Feeds.Xml;

/// <summary>
/// Element names, attribute names and namespace URIs read from UTF-8 bytes, atomised: a feed repeats the same
/// few dozen names thousands of times, and one string per name (as System.Xml's NameTable gives) saves an
/// allocation per element. The table is per thread and capped, so a document of a million distinct names cannot
/// grow it without bound: past the cap, names are allocated and not kept.
/// </summary>
internal sealed class Utf8Names
{
    private const int MaxEntries = 4096;

    /// <summary>Names and URIs longer than this are allocated without a look-up or a place in the table (no name a feed uses is that long).</summary>
    private const int MaxCachedLength = 256;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8Names() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The last name seen in each of <see cref="RecentSlots"/> slots (<see cref="RecentSlot"/>), compared byte for byte: most
    /// names repeat the one seen last in their slot, and a hit costs neither widening to characters nor a hash.
    /// </summary>
    private readonly (byte[] Bytes, string Name)[] _recent = new (byte[], string)[RecentSlots];

    private const int RecentSlots = 256; // a power of two: the slot is masked

    /// <summary>The string for ASCII bytes (the caller has checked they are ASCII).</summary>
    public string Ascii(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxCachedLength || ascii.IsEmpty)
        {
            return Encoding.ASCII.GetString(ascii);
        }
        ref var recent = ref _recent[RecentSlot(ascii)];
        if (recent.Bytes is not null && ascii.SequenceEqual(recent.Bytes))
        {
            return recent.Name;
        }
        Span<char> chars = stackalloc char[ascii.Length];
        System.Text.Ascii.ToUtf16(ascii, chars, out _);
        var name = Atomise(chars);
        recent = (ascii.ToArray(), name);
        return name;
    }

    /// <summary>The kept string equal to these characters, adding it while there is room.</summary>
    /// <summary>
    /// The length and the first, middle and last bytes, mixed by one multiplication (Fibonacci hashing) into a slot
    /// number. The length and the last byte alone sent names such as "title" and "guide" to one slot, and the names of a
    /// feed alternate: about one name in twenty missed, copying its bytes and looking it up again.
    /// </summary>
    private static int RecentSlot(ReadOnlySpan<byte> ascii)
    {
        var key = ascii[0] | ((uint)ascii[ascii.Length >> 1] << 8) | ((uint)ascii[^1] << 16) | ((uint)ascii.Length << 24);
        return (int)((key * 0x9E3779B1u) >> 24) & (RecentSlots - 1);
    }

    public string Atomise(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxCachedLength)
        {
            return new string(chars);
        }
        if (_lookup.TryGetValue(chars, out var known))
        {
            return known;
        }
        var name = new string(chars);
        if (_names.Count < MaxEntries)
        {
            _names.Add(name, name);
        }
        return name;
    }
}
