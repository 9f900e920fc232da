namespace Masthead.Web.Media;

/// <summary>
/// Keeps the image cache folder under a byte budget. The total is counted once from the folder, then kept up to
/// date as images are added; past the budget, the images with the oldest write time go first, down to 90% of it,
/// so trimming runs rarely. A served image has its write time refreshed (at most daily), which makes the order
/// "least recently used" at day resolution without a write per request.
/// </summary>
public sealed class MediaCacheTrimmer(string folder, long capacityBytes, TimeProvider? time = null)
{
    private static readonly TimeSpan TouchResolution = TimeSpan.FromDays(1);

    /// <summary>A trim goes down to this share of the budget, so the next one is many images away.</summary>
    private const double TrimToShare = 0.9;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _lock = new();
    private long _bytes = -1;

    /// <summary>Bytes the cached images take now, as far as this process knows.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes < 0 ? (_bytes = CountFolder()) : _bytes;
            }
        }
    }

    /// <summary>Marks a served image as recently used.</summary>
    public void Touch(string file)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        try
        {
            if (now - File.GetLastWriteTimeUtc(file) > TouchResolution)
            {
                File.SetLastWriteTimeUtc(file, now);
            }
        }
        catch (IOException)
        {
            // Evicted meanwhile, or the disk refuses: the image was served all the same.
        }
    }

    /// <summary>Counts a newly written image and trims when the budget is exceeded.</summary>
    public void Added(long length)
    {
        lock (_lock)
        {
            _bytes = (_bytes < 0 ? CountFolder() : _bytes + length);
            if (_bytes > capacityBytes)
            {
                _bytes = Trim((long)(capacityBytes * TrimToShare));
            }
        }
    }

    private long Trim(long target)
    {
        var images = Images().OrderBy(f => f.LastWriteTimeUtc).ToList();
        var total = images.Sum(f => f.Length);
        foreach (var image in images)
        {
            if (total <= target)
            {
                break;
            }
            var length = image.Length;
            try
            {
                File.Delete(image.FullName + ".type");
                image.Delete();
                total -= length;
            }
            catch (IOException)
            {
                // Being read right now (Windows) or already gone: the next trim tries again.
            }
        }
        return total;
    }

    private long CountFolder() => Images().Sum(f => f.Length);

    /// <summary>The image files: named by a hex hash, without the .type and .tmp companions.</summary>
    private IEnumerable<FileInfo> Images() => Directory.Exists(folder)
        ? new DirectoryInfo(folder).EnumerateFiles().Where(f => f.Extension.Length == 0)
        : [];
}
