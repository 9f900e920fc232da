using System.Collections.Concurrent;
using Masthead.Testing;
using Xunit.Abstractions;

namespace Masthead.Extraction.Tests.Evaluation;

/// <summary>
/// The AEB quality gate: the extractor's body text over the 181 pages, scored with the benchmark's metric.
/// The floors are pinned a little below the measured values; lowering them is a visible, deliberate diff.
/// </summary>
public class AebQualityGate(ITestOutputHelper output)
{
    private const double F1Floor = 0.974;
    private const double PrecisionFloor = 0.965;
    private const double RecallFloor = 0.982;

    [CorpusFact(AebCorpus.Folder)]
    public void Extractor_MeetsTheAebFloors()
    {
        var extractor = new ArticleExtractor();
        var rows = new ConcurrentBag<(string Id, string Url, AebMetric.Counts Counts, string Text)>();
        Parallel.ForEach(AebCorpus.Pages(), page =>
        {
            var article = extractor.Extract(File.ReadAllBytes(page.Path), page.Url);
            rows.Add((page.Id, page.Url, AebMetric.Match(page.Truth, article.Text), article.Text));
        });
        EvalReport.Write("aeb", rows);
        var result = AebMetric.Aggregate([.. rows.Select(r => r.Counts)]);
        output.WriteLine($"AEB precision={result.Precision:F4} recall={result.Recall:F4} F1={result.F1:F4} over {rows.Count} pages");
        Assert.True(result.F1 >= F1Floor, $"AEB F1 {result.F1:F4} < floor {F1Floor}");
        Assert.True(result.Precision >= PrecisionFloor, $"AEB precision {result.Precision:F4} < floor {PrecisionFloor}");
        Assert.True(result.Recall >= RecallFloor, $"AEB recall {result.Recall:F4} < floor {RecallFloor}");
    }
}
