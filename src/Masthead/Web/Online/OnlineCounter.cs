using System.Collections.Concurrent;

namespace Masthead.Web.Online;

/// <summary>
/// Readers online: distinct sessions seen in the last 30 minutes, kept in memory. A session is a
/// cookie-less fingerprint (a hash of address and User-Agent), so no cookie banner is needed. The count is
/// recomputed at most every few seconds, and old sessions are dropped then.
/// </summary>
public sealed class OnlineCounter(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan Recount = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<ulong, long> _lastSeen = new();
    private long _countedAt = long.MinValue;
    private int _count;

    public void Seen(ulong session) => _lastSeen[session] = clock.GetUtcNow().UtcTicks;

    public int Count
    {
        get
        {
            var now = clock.GetUtcNow().UtcTicks;
            if (now - Interlocked.Read(ref _countedAt) < Recount.Ticks)
            {
                return Math.Max(1, _count);
            }
            var cutoff = now - Window.Ticks;
            foreach (var (key, seen) in _lastSeen)
            {
                if (seen < cutoff)
                {
                    _lastSeen.TryRemove(key, out _);
                }
            }
            _count = _lastSeen.Count;
            Interlocked.Exchange(ref _countedAt, now);
            return Math.Max(1, _count);
        }
    }
}
