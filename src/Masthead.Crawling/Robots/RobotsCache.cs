using System.Collections.Concurrent;
using System.Text;
using Masthead.Core;
using Masthead.Crawling.Fetching;

namespace Masthead.Crawling.Robots;

/// <summary>
/// robots.txt per origin (scheme, host, port), fetched once and cached (RFC 9309 §2.4). A 4xx means no
/// rules (§2.3.1.3); a 5xx or a network failure means "unreachable": disallow all, retried sooner (§2.3.1.4).
/// </summary>
public sealed class RobotsCache(Fetcher fetcher, TimeProvider time, Func<FetchResult, Task>? onFetched = null)
{
    /// <summary>The product token matched against User-agent lines.</summary>
    public const string ProductToken = "masthead";

    private static readonly TimeSpan UnreachableCacheTime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, Lazy<Task<Entry>>> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when the URL may be fetched; else why not, in words for the operator.</summary>
    public async Task<string?> CheckAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        // The load is shared by every caller for the origin, so it must not die with the first caller's token.
        var lazy = _entries.GetOrAdd(origin, o => new Lazy<Task<Entry>>(() => LoadAsync(o, CancellationToken.None)));
        var entry = await lazy.Value.WaitAsync(ct).ConfigureAwait(false);
        if (entry.Expires <= now)
        {
            _entries.TryRemove(new KeyValuePair<string, Lazy<Task<Entry>>>(origin, lazy));
            return await CheckAsync(url, ct).ConfigureAwait(false);
        }
        return entry.Robots.IsAllowed(url.PathAndQuery) ? null : entry.Refusal;
    }

    private async Task<Entry> LoadAsync(string origin, CancellationToken ct)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(origin + "/robots.txt", FetchKinds.Robots), ct).ConfigureAwait(false);
        if (onFetched is not null)
        {
            await onFetched(result).ConfigureAwait(false);
        }
        var now = time.GetUtcNow();
        if (result.IsSuccess)
        {
            var length = Math.Min(result.Body.Length, Limits.MaxRobotsBytes);
            var robots = RobotsTxt.Parse(Encoding.UTF8.GetString(result.Body, 0, length), ProductToken);
            if (robots.CrawlDelay is { } delay)
            {
                fetcher.ApplyCrawlDelay(new Uri(origin), delay);
            }
            return new Entry(robots, now + Limits.RobotsCacheTime, "disallowed by the site's robots.txt");
        }
        if (result.Status is >= 400 and < 500)
        {
            return new Entry(RobotsTxt.AllowAll, now + Limits.RobotsCacheTime, "");
        }
        return new Entry(RobotsTxt.DisallowAll, now + UnreachableCacheTime,
            $"the site's robots.txt is unreachable ({result.Error}), which RFC 9309 §2.3.1.4 treats as disallow-all");
    }

    private sealed record Entry(RobotsTxt Robots, DateTimeOffset Expires, string Refusal);
}
