using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Masthead.Core;
using Masthead.Crawling.Fetching;

namespace Masthead.Web.Media;

/// <summary>One cached image: its bytes and content type, or why it is not served.</summary>
public sealed record MediaItem(byte[] Body, string ContentType, string? Error = null)
{
    public static MediaItem Failed(string error) => new([], "", error);
}

/// <summary>
/// Fetches each image once through the crawler's SSRF-guarded fetcher and keeps it on disk under
/// &lt;folder&gt;/&lt;sha256 of URL&gt; (bytes) and .type (content type). Failures are remembered for a while
/// so a broken image on a busy page does not cause a refetch storm. The folder is kept under a byte budget:
/// past it, the images least recently written or served are deleted (see <see cref="MediaCacheTrimmer"/>).
/// </summary>
public sealed class MediaCache(Fetcher fetcher, string folder, TimeProvider? time = null, long capacityBytes = Limits.MaxMediaCacheBytes) : IDisposable
{
    /// <summary>How long a failed image answers 404 without a new fetch.</summary>
    private static readonly TimeSpan FailureMemory = TimeSpan.FromMinutes(30);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Lazy<Task<MediaItem>>> _inflight = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _failed = new();
    private readonly MediaCacheTrimmer _trimmer = new(folder, capacityBytes, time);

    public async Task<MediaItem> GetAsync(string url, CancellationToken ct)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));
        var file = Path.Combine(folder, name);
        if (File.Exists(file) && File.Exists(file + ".type"))
        {
            try
            {
                var item = new MediaItem(await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false), await File.ReadAllTextAsync(file + ".type", ct).ConfigureAwait(false));
                _trimmer.Touch(file);
                return item;
            }
            catch (FileNotFoundException)
            {
                // Evicted between the check and the read: fetch it again below.
            }
        }
        if (_failed.TryGetValue(name, out var until) && until > _time.GetUtcNow())
        {
            return MediaItem.Failed("recently failed");
        }
        var lazy = _inflight.GetOrAdd(name, _ => new Lazy<Task<MediaItem>>(() => FetchAsync(url, file)));
        try
        {
            return await lazy.Value.WaitAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _inflight.TryRemove(name, out _);
        }
    }

    private async Task<MediaItem> FetchAsync(string url, string file)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(url, "media"), CancellationToken.None).ConfigureAwait(false);
        var item = Check(result);
        var name = Path.GetFileName(file);
        if (item.Error is not null)
        {
            _failed[name] = _time.GetUtcNow() + FailureMemory;
            return item;
        }
        Directory.CreateDirectory(folder);
        var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, item.Body).ConfigureAwait(false);
        File.Move(temp, file, overwrite: true);
        await File.WriteAllTextAsync(file + ".type", item.ContentType).ConfigureAwait(false);
        _trimmer.Added(item.Body.Length);
        return item;
    }

    /// <summary>Only raster image types are served: SVG can carry script, and anything else is not an image.</summary>
    private static MediaItem Check(FetchResult result)
    {
        if (!result.IsSuccess || result.NotModified)
        {
            return MediaItem.Failed(result.Error ?? "HTTP " + result.Status);
        }
        var type = (result.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (!type.StartsWith("image/", StringComparison.Ordinal) || type.Contains("svg", StringComparison.Ordinal))
        {
            return MediaItem.Failed("not a raster image: " + type);
        }
        if (result.Body.Length == 0 || result.Body.Length > Limits.MaxMediaBytes)
        {
            return MediaItem.Failed("size " + result.Body.Length + " outside 1.." + Limits.MaxMediaBytes);
        }
        return new MediaItem(result.Body, type);
    }

    public void Dispose() => fetcher.Dispose();
}
