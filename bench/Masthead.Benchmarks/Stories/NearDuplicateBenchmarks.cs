using BenchmarkDotNet.Attributes;
using Masthead.Stories;

namespace Masthead.Benchmarks.Stories;

/// <summary>Near-duplicate look-up cost per article (MinHash signature + LSH probe) against a filled index.</summary>
[MemoryDiagnoser]
public class NearDuplicateBenchmarks
{
    private const int Batch = 1_000;
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private NearDuplicateIndex _index = null!;
    private SyntheticArticles _generator = null!;
    private List<StoryArticle> _batch = [];

    [GlobalSetup]
    public void Fill()
    {
        _index = new NearDuplicateIndex();
        _generator = new SyntheticArticles(seed: 7);
        for (var i = 0; i < 50_000; i++)
        {
            var article = _generator.Next(Start);
            _index.FindOrAdd(article.Id, article.Text);
        }
    }

    [IterationSetup]
    public void NextBatch() => _batch = [.. Enumerable.Range(0, Batch).Select(_ => _generator.Next(Start))];

    [Benchmark(OperationsPerInvoke = Batch)]
    public void FindOrAdd()
    {
        foreach (var article in _batch)
        {
            _index.FindOrAdd(article.Id, article.Text);
        }
    }
}
