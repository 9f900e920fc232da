using System.Collections.Concurrent;

namespace Masthead.Crawling.Fetching;

/// <summary>
/// Per-host politeness: at most N requests in flight to one host, and a minimum delay between the starts
/// of two requests to it (the configured delay, or the host's own robots.txt Crawl-delay when longer).
/// Hosts never wait for each other.
/// </summary>
public sealed class HostGate(int maxConnections, TimeSpan minDelay, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string host, CancellationToken ct)
    {
        var slot = SlotFor(host);
        await slot.Connections.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (slot)
            {
                var now = time.GetUtcNow();
                var start = slot.NextStart > now ? slot.NextStart : now;
                slot.NextStart = start + (slot.HostDelay > minDelay ? slot.HostDelay : minDelay);
                wait = start - now;
            }
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }
            return new Release(slot.Connections);
        }
        catch
        {
            slot.Connections.Release();
            throw;
        }
    }

    /// <summary>The delay the host asked for itself; it only ever lengthens the configured one.</summary>
    public void SetHostDelay(string host, TimeSpan delay)
    {
        var slot = SlotFor(host);
        lock (slot)
        {
            slot.HostDelay = delay;
        }
    }

    private Slot SlotFor(string host) => _slots.GetOrAdd(host, _ => new Slot(Math.Max(1, maxConnections)));

    private sealed class Slot(int connections)
    {
        public TimeSpan HostDelay { get; set; }

        public SemaphoreSlim Connections { get; } = new(connections, connections);

        public DateTimeOffset NextStart { get; set; }
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
