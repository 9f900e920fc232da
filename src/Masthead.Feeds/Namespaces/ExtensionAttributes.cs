using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Namespaces;

/// <summary>
/// An extension element's attributes by local name, in document order, the first of a repeated name kept: what a
/// Dictionary held before, in one array. Half the extension elements of a feed carry attributes (media:content,
/// enclosure-like elements), two or three each, and a Dictionary with its buckets cost three objects per element.
/// Lookups scan, which is faster than hashing at these sizes; <see cref="MaxScanned"/> bounds the scan.
/// </summary>
internal sealed class ExtensionAttributes : IReadOnlyDictionary<string, string>
{
    /// <summary>Elements with more attributes than this keep them in a Dictionary, so a hostile document cannot make the scans quadratic.</summary>
    public const int MaxScanned = 16;

    private readonly KeyValuePair<string, string>[] _items;

    private ExtensionAttributes(KeyValuePair<string, string>[] items, int count)
    {
        _items = items;
        Count = count;
    }

    /// <summary>The attributes of <paramref name="node"/> by local name (the first of a repeated name wins).</summary>
    public static IReadOnlyDictionary<string, string> Of(XmlNode node)
    {
        var written = node.Attributes;
        if (written.Count > MaxScanned)
        {
            var map = new Dictionary<string, string>(written.Count);
            for (var i = 0; i < written.Count; i++)
            {
                map.TryAdd(written[i].LocalName, written[i].Value);
            }
            return map;
        }
        var items = new KeyValuePair<string, string>[written.Count];
        var count = 0;
        for (var i = 0; i < written.Count; i++)
        {
            if (IndexOf(items, count, written[i].LocalName) < 0)
            {
                items[count++] = new(written[i].LocalName, written[i].Value);
            }
        }
        return new ExtensionAttributes(items, count);
    }

    public int Count { get; }

    public IEnumerable<string> Keys => _items.Take(Count).Select(i => i.Key);

    public IEnumerable<string> Values => _items.Take(Count).Select(i => i.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(_items, Count, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(_items, Count, key);
        value = index >= 0 ? _items[index].Value : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int IndexOf(KeyValuePair<string, string>[] items, int count, string key)
    {
        for (var i = 0; i < count; i++)
        {
            if (items[i].Key == key)
            {
                return i;
            }
        }
        return -1;
    }
}
