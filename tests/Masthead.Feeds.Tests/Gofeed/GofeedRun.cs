using System.Text.Json.Nodes;

namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>Runs every gofeed translator case through Masthead and compares the shared fields.</summary>
public sealed class GofeedRun
{
    public int Total { get; private set; }

    /// <summary>Cases where every shared field agrees.</summary>
    public int Passed { get; private set; }

    /// <summary>Cases that pass once the documented disagreements are set aside.</summary>
    public int PassedOrDocumented { get; private set; }

    /// <summary>Every differing field: case, field, gofeed's value, Masthead's value, and the documented reason if any.</summary>
    public List<GofeedDifference> Differences { get; } = [];

    public static GofeedRun Execute()
    {
        var run = new GofeedRun();
        foreach (var test in GofeedCase.Load())
        {
            run.Score(test, Compare(test));
        }
        return run;
    }

    public static List<GofeedDifference> Compare(GofeedCase test)
    {
        var expected = GofeedExpected.Fields(JsonNode.Parse(File.ReadAllBytes(test.ExpectedPath))!.AsObject());
        var actual = MastheadFields.Fields(FeedParser.Parse(File.ReadAllBytes(test.InputPath)));
        var differences = new List<GofeedDifference>();
        foreach (var field in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            var want = expected.GetValueOrDefault(field, "");
            var got = actual.GetValueOrDefault(field, "");
            if (want != got)
            {
                differences.Add(new GofeedDifference(test.Name, field, want, got, GofeedDisagreements.ReasonFor(test.Name, field)));
            }
        }
        return differences;
    }

    private void Score(GofeedCase test, List<GofeedDifference> differences)
    {
        Total++;
        Passed += differences.Count == 0 ? 1 : 0;
        PassedOrDocumented += differences.TrueForAll(d => d.Reason is not null) ? 1 : 0;
        Differences.AddRange(differences);
    }

    public string Summary() =>
        $"gofeed translator: {Passed}/{Total} cases agree on every shared field, {PassedOrDocumented}/{Total} once documented disagreements are set aside";

    public string Report() =>
        Summary() + "\n" + string.Join('\n', Differences.Select(d =>
            $"{(d.Reason is null ? "DIFF" : "DOCUMENTED")}\t{d.Case}\t{d.Field}\tgofeed='{d.Expected}'\tmasthead='{d.Actual}'"
            + (d.Reason is null ? "" : "\t" + d.Reason)));
}
