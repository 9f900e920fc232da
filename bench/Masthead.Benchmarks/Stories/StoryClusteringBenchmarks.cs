using BenchmarkDotNet.Attributes;
using Masthead.Stories;

namespace Masthead.Benchmarks.Stories;

/// <summary>
/// Streaming clustering cost per article with a full window (synthetic articles, see <see cref="SyntheticArticles"/>):
/// the window is filled once, then each iteration adds a batch of new articles.
/// </summary>
[MemoryDiagnoser]
public class StoryClusteringBenchmarks
{
    private const int Batch = 1_000;
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private StoryClusterer _clusterer = null!;
    private SyntheticArticles _generator = null!;
    private List<StoryArticle> _batch = [];

    [Params(10_000, 100_000)]
    public int Window { get; set; }

    [GlobalSetup]
    public void Fill()
    {
        _clusterer = new StoryClusterer(new StoryClusterOptions { MaxWindowArticles = Window });
        _generator = new SyntheticArticles(seed: 42);
        for (var i = 0; i < Window; i++)
        {
            _clusterer.Add(_generator.Next(Start));
        }
    }

    [IterationSetup]
    public void NextBatch() => _batch = [.. Enumerable.Range(0, Batch).Select(_ => _generator.Next(Start))];

    [Benchmark(OperationsPerInvoke = Batch)]
    public void AddArticle()
    {
        foreach (var article in _batch)
        {
            _clusterer.Add(article);
        }
    }
}
