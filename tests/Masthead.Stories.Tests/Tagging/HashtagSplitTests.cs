using Masthead.Testing;
using Xunit.Abstractions;

namespace Masthead.Stories.Tests;

/// <summary>
/// Hashtag accuracy on the two fixed halves of each topic set (<see cref="TopicCorpora.IsHeldOut"/>). Tagger
/// changes are studied on the dev half only; the held-out half says whether they generalise, so it has its own
/// floor. The dev half's confusion (gold label -> hashtag given) is printed for that study.
/// </summary>
public sealed class HashtagSplitTests(ITestOutputHelper output)
{
    // Measured with sublinear mention counts: BBC held-out 0.904, AG News held-out 0.806.
    private const double BbcHeldOutFloor = 0.90;
    private const double AgNewsHeldOutFloor = 0.80;

    [CorpusFact(TopicCorpora.BbcPath)]
    public void Hashtags_Bbc_HeldOutHalfAboveFloor() =>
        AssertHeldOut("BBC", TopicCorpora.Bbc(), TopicCorpora.BbcHashtags, BbcHeldOutFloor);

    [CorpusFact(TopicCorpora.AgPath)]
    public void Hashtags_AgNews_HeldOutHalfAboveFloor() =>
        AssertHeldOut("AG News", TopicCorpora.AgNews(), TopicCorpora.AgHashtags, AgNewsHeldOutFloor);

    private void AssertHeldOut(string name, List<(string Label, StoryArticle Article)> items, Dictionary<string, string[]> accepted, double floor)
    {
        var tagger = new HashtagTagger();
        var results = items
            .Select(i => (i.Label, Given: tagger.Hashtag(i.Article), HeldOut: TopicCorpora.IsHeldOut(i.Article.Id)))
            .ToList();
        double Accuracy(IEnumerable<(string Label, string Given, bool HeldOut)> part)
        {
            var list = part.ToList();
            return (double)list.Count(r => accepted[r.Label].Contains(r.Given)) / list.Count;
        }
        var heldOut = Accuracy(results.Where(r => r.HeldOut));
        output.WriteLine($"{name}: whole {Accuracy(results):F4}, dev half {Accuracy(results.Where(r => !r.HeldOut)):F4}, held-out half {heldOut:F4} ({results.Count(r => r.HeldOut)} of {results.Count})");
        foreach (var row in results.Where(r => !r.HeldOut).GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var given = row.GroupBy(r => r.Given).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
            output.WriteLine($"  dev {row.Key}: {string.Join(", ", given)}");
        }
        Assert.True(heldOut >= floor, $"{name} held-out accuracy {heldOut:F4} < floor {floor}");
    }
}
