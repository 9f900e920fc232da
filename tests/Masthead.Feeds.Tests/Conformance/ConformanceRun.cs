using System.Text.Json.Nodes;
using Masthead.Feeds.Compat;
using Masthead.Testing;

namespace Masthead.Feeds.Tests.Conformance;

/// <summary>Runs every feedparser case through Masthead and scores it as the corpus MANIFEST describes.</summary>
public sealed class ConformanceRun
{
    public int NonSanitizeTotal { get; private set; }
    public int NonSanitizePassed { get; private set; }
    public int SanitizeTotal { get; private set; }
    public int SanitizeSafe { get; private set; }
    public int SanitizeExact { get; private set; }
    public List<(string File, string Reason)> Failures { get; } = [];

    public static ConformanceRun Execute()
    {
        var root = Corpora.PathOf("feeds/feedparser");
        var run = new ConformanceRun();
        foreach (var test in FeedparserCase.Load(Path.Combine(root, "expectations.json")))
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, "files", test.File));
            var request = new FeedRequest { Url = test.Url, Headers = test.IsHttp ? test.Headers : null };
            var result = FeedparserLayout.Render(FeedParser.Parse(bytes, request), request);
            run.Score(test, result);
        }
        return run;
    }

    private void Score(FeedparserCase test, JsonObject result)
    {
        var implicitOk = ImplicitBozo(test.Mode, result, out var implicitReason);
        var ok = AssertionEvaluator.All(result, test.Assertions, out var failure) && implicitOk;
        if (test.IsSanitize)
        {
            SanitizeTotal++;
            SanitizeExact += ok ? 1 : 0;
            if (HtmlSafety.IsSafe(result, out var offending))
            {
                SanitizeSafe++;
            }
            else
            {
                Failures.Add((test.File, "UNSAFE " + offending));
            }
            return;
        }
        NonSanitizeTotal++;
        if (ok)
        {
            NonSanitizePassed++;
            return;
        }
        Failures.Add((test.File, implicitOk ? failure! : implicitReason!));
    }

    /// <summary>The checks each mode adds to the expression (wellformed: not bozo; entities: bozo from the strict parser; http-illformed: bozo).</summary>
    private static bool ImplicitBozo(string mode, JsonObject result, out string? reason)
    {
        var bozo = result["bozo"]!.GetValue<bool>();
        var expected = mode switch
        {
            "wellformed" or "http-wellformed" => (bool?)false,
            "entities" or "http-illformed" => true,
            _ => null,
        };
        reason = expected is null || expected == bozo ? null : $"mode {mode} wants bozo={expected}: {result["bozo_exception"]}";
        return reason is null;
    }

    public string Report() =>
        $"non-sanitize {NonSanitizePassed}/{NonSanitizeTotal}, sanitize safe {SanitizeSafe}/{SanitizeTotal} (exact {SanitizeExact})\n"
        + string.Join('\n', Failures.Select(f => f.File + "\t" + f.Reason.ReplaceLineEndings(" ")));
}
