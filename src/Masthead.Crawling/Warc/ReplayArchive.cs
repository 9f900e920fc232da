using System.Collections.Concurrent;

namespace Masthead.Crawling.Warc;

/// <summary>
/// The HTTP responses of one or more WARC files, indexed by URL, for replay. Later captures of a URL
/// replace earlier ones. Archives that are damaged keep the records read before the damage; the reasons
/// are in <see cref="Problems"/>.
/// </summary>
public sealed class ReplayArchive
{
    private readonly ConcurrentDictionary<string, ArchivedResponse> _exact = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ArchivedResponse> _loose = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public int Count => _exact.Count;

    public static ReplayArchive Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var archive = new ReplayArchive();
        foreach (var path in paths)
        {
            archive.Add(path);
        }
        return archive;
    }

    public void Add(string path)
    {
        if (!File.Exists(path))
        {
            _problems.Add($"{path}: no such file");
            return;
        }
        using var reader = WarcReader.Open(path);
        foreach (var record in reader.ReadAll())
        {
            Add(record);
        }
        if (reader.Error is not null)
        {
            _problems.Add(reader.Error);
        }
    }

    public void Add(WarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!record.IsHttpResponse || !Uri.TryCreate(record.TargetUri, UriKind.Absolute, out var url))
        {
            return;
        }
        var (response, error) = HttpResponseParser.Parse(url.ToString(), record.Block, record.Date);
        if (response is null)
        {
            _problems.Add($"{url}: {error}");
            return;
        }
        _exact[ReplayKey.Exact(url)] = response;
        _loose[ReplayKey.Loose(url)] = response;
    }

    public ArchivedResponse? Find(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _exact.TryGetValue(ReplayKey.Exact(url), out var exact) ? exact
            : _loose.TryGetValue(ReplayKey.Loose(url), out var loose) ? loose
            : null;
    }
}
