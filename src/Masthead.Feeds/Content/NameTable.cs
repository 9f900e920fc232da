using System.Numerics;
using System.Text;

namespace Masthead.Feeds.Content;

/// <summary>
/// The policy's element and attribute names with what the policy says about each, looked up by span, ASCII
/// case-insensitively: every name is ASCII, and OrdinalIgnoreCase folds no other character onto an ASCII one, so this
/// answers as the case-insensitive dictionary did. Open addressing on a hash of a few characters (<see cref="Slot"/>):
/// the lookup runs for every tag and attribute of every HTML body, and hashing the whole name through a dictionary's
/// alternate comparer was about a fifth of the sanitizer's own time.
/// </summary>
internal sealed class NameTable
{
    private readonly string?[] _keys;
    private readonly (string Name, NameKind Kind)[] _values;
    private readonly int _mask;

    public NameTable(IReadOnlyDictionary<string, (string Name, NameKind Kind)> names)
    {
        // At most a quarter full: probe chains stay a step or two long.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(names.Count, 4) * 4);
        _keys = new string?[size];
        _values = new (string, NameKind)[size];
        _mask = size - 1;
        foreach (var (key, value) in names)
        {
            var slot = Slot(key);
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = key.ToLowerInvariant();
            _values[slot] = value;
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> name, out (string Name, NameKind Kind) value)
    {
        if (name.Length > 0)
        {
            for (var slot = Slot(name); _keys[slot] is { } key; slot = (slot + 1) & _mask)
            {
                if (key.Length == name.Length && Ascii.EqualsIgnoreCase(name, key))
                {
                    value = _values[slot];
                    return true;
                }
            }
        }
        value = default;
        return false;
    }

    /// <summary>
    /// The length and the first two and last two characters (ASCII letters folded to lower case), mixed by one
    /// multiplication (Fibonacci hashing). Adding the length and the first and last letters alone put the 449 names into
    /// a few dense runs of slots, so a name the policy does not know ("onclick", "data-src", "loading", all common in
    /// feed HTML) walked 130 to 270 slots before it reached an empty one; hashing every character costs more than the
    /// probes it saves on names this short.
    /// </summary>
    /// <remarks>'| 0x20' lower-cases ASCII letters and leaves the digits, '-', ':' and '_' of names as they are.</remarks>
    private int Slot(ReadOnlySpan<char> name)
    {
        var last = name.Length - 1;
        var key = (uint)(name[0] | 0x20) | ((uint)(name[Math.Min(1, last)] | 0x20) << 8)
            | ((uint)(name[Math.Max(last - 1, 0)] | 0x20) << 16) | ((uint)(name[last] | 0x20) << 24);
        var hash = (key ^ (uint)name.Length * 0x85EBCA6Bu) * 0x9E3779B1u;
        return (int)(hash >> 16) & _mask;
    }
}
