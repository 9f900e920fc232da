using System.Collections.Concurrent;

namespace Masthead.Crawling.Pipeline;

/// <summary>
/// Entries deliberately not stored (filtered by keywords, duplicates of a stored article), remembered so the
/// next refresh does not fetch and extract their pages again. The store only remembers entries it holds an
/// article for; this covers the rest for the life of the process, bounded (cleared when full).
/// </summary>
public sealed class SettledEntries
{
    private const int MaxEntries = 200_000;
    private readonly ConcurrentDictionary<(long SourceId, string Identity), byte> _entries = new();

    public bool Contains(long sourceId, string identity) => _entries.ContainsKey((sourceId, identity));

    public void Add(long sourceId, string identity)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        _entries.TryAdd((sourceId, identity), 0);
    }
}
