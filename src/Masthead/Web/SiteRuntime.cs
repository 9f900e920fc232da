using Masthead.Crawling.Channel;
using Masthead.Storage;
using Masthead.Web.Media;
using Masthead.Web.Online;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;

namespace Masthead.Web;

/// <summary>
/// What every page handler shares: the channel, its time zone, the store, the online counter and a small
/// bounded cache for rendered fragments (front page sections, sanitised article bodies).
/// </summary>
public sealed class SiteRuntime(ChannelOptions channel, SqliteStore store, OnlineCounter online, MediaSigner media) : IDisposable
{
    /// <summary>Most cached fragments; each counts as one.</summary>
    private const int CacheEntries = 4096;

    public ChannelOptions Channel { get; } = channel;

    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(channel.TimeZone);

    public SqliteStore Store { get; } = store;

    public OnlineCounter Online { get; } = online;

    public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = CacheEntries });

    public SiteContext Context(HttpContext http) => SiteContext.For(http, Channel, Zone, Online) with { Media = media };

    /// <summary>
    /// The cached value for <paramref name="key"/>, made by <paramref name="make"/> when missing or older than
    /// <paramref name="ttl"/>. The task itself is cached, so concurrent requests on a miss share one build
    /// instead of each running the queries; a failed build is dropped at once.
    /// </summary>
    public Task<T> CachedAsync<T>(string key, TimeSpan ttl, Func<Task<T>> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        if (Cache.TryGetValue(key, out Task<T>? cached) && cached is not null && !cached.IsFaulted && !cached.IsCanceled)
        {
            return cached;
        }
        lock (Cache)
        {
            if (Cache.TryGetValue(key, out cached) && cached is not null && !cached.IsFaulted && !cached.IsCanceled)
            {
                return cached;
            }
            var task = make();
            Cache.Set(key, task, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = ttl });
            return task;
        }
    }

    public void Dispose() => Cache.Dispose();
}
