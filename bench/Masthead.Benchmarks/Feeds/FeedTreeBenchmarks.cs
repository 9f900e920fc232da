using BenchmarkDotNet.Attributes;
using Masthead.Feeds.Xml;

namespace Masthead.Benchmarks.Feeds;

/// <summary>
/// The element tree alone, over the UTF-8 real publisher feeds of corpora/feeds/real: the byte reader against
/// System.Xml's strict builder (the path it replaces) building the same tree. The whole parse is in
/// <see cref="FeedParsingBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class FeedTreeBenchmarks
{
    private List<ReadOnlyMemory<byte>> _files = [];

    [GlobalSetup]
    public void Load()
    {
        var root = BenchCorpora.Root();
        _files = Directory.GetFiles(Path.Combine(root, "feeds/real/files/FeedReader.Tests/Feeds"), "*.xml")
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes)
            .Select(b => (ReadOnlyMemory<byte>)(b is [0xEF, 0xBB, 0xBF, ..] ? b.AsMemory(3) : b.AsMemory()))
            .Where(b => System.Text.Unicode.Utf8.IsValid(b.Span) && Utf8TreeBuilder.TryBuild(b, null) is not null)
            .ToList();
    }

    [Benchmark(Description = "Utf8TreeBuilder (bytes)")]
    public int Bytes()
    {
        var built = 0;
        foreach (var file in _files)
        {
            built += Utf8TreeBuilder.TryBuild(file, null) is null ? 0 : 1;
        }
        return built;
    }

    [Benchmark(Baseline = true, Description = "StrictTreeBuilder (System.Xml)")]
    public int SystemXml()
    {
        var built = 0;
        foreach (var file in _files)
        {
            built += StrictTreeBuilder.TryBuild(file, null) is null ? 0 : 1;
        }
        return built;
    }
}
