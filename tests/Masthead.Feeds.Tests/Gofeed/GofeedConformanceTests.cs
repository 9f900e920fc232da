using Masthead.Testing;
using Xunit.Abstractions;

namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>
/// The quality gate on gofeed's universal translator expectations (corpora/feeds/gofeed: translator/{rss,atom,json}
/// and extensions/{dublincore,itunes,media}). The shared fields are mapped in <see cref="MastheadFields"/> and
/// normalised in <see cref="GofeedText"/>; where the two disagree by design the case is listed, with the reason, in
/// <see cref="GofeedDisagreements"/>. The floor is pinned a little below what was measured and can only be lowered
/// on purpose, in the diff. Set MASTHEAD_GOFEED_REPORT=path to write every difference.
/// </summary>
public sealed class GofeedConformanceTests(ITestOutputHelper output)
{
    private const int PassedFloor = 78; // measured 80 of 103
    private const int PassedOrDocumentedFloor = 101; // measured 103 of 103

    [CorpusFact("feeds/gofeed")]
    public void Gofeed_translator_suite_meets_pinned_floors()
    {
        var run = GofeedRun.Execute();
        output.WriteLine(run.Summary());
        if (Environment.GetEnvironmentVariable("MASTHEAD_GOFEED_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, run.Report());
        }
        Assert.True(run.Total >= 103, $"expected the 103 translator and extension cases, found {run.Total}");
        Assert.True(run.Passed >= PassedFloor, run.Summary());
        Assert.True(run.PassedOrDocumented >= PassedOrDocumentedFloor, run.Summary());
    }

    public static TheoryData<string, string, string> Documented()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var d in GofeedDisagreements.All)
        {
            data.Add(d.Case, d.Field, d.Reason);
        }
        return data;
    }

    /// <summary>A documented disagreement that no longer occurs is stale: the table must stay true.</summary>
    [CorpusTheory("feeds/gofeed")]
    [MemberData(nameof(Documented))]
    public void Documented_disagreement_still_occurs(string caseName, string field, string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        var test = GofeedCase.Load().Single(c => c.Name == caseName);
        Assert.Contains(GofeedRun.Compare(test), d => d.Field == field);
    }
}
