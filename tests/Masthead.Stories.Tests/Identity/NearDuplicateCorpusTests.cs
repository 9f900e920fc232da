using Masthead.Testing;
using Xunit.Abstractions;

namespace Masthead.Stories.Tests;

/// <summary>
/// Syndicated-copy detection on real text: half of the distinct BBC articles are indexed; for each, a copy
/// with up to 3% of its words edited (replaced, deleted or inserted, seeded) must find its original (recall),
/// and the matches must be right (precision); articles never indexed must match nothing.
/// </summary>
public sealed class NearDuplicateCorpusTests(ITestOutputHelper output)
{
    private const double RecallFloor = 0.95;
    private const double PrecisionFloor = 0.99;
    // Every copy gets the worst case the issue names: 3% of its words edited.
    private const double MaxEditShare = 0.03;

    [CorpusFact(TopicCorpora.BbcPath)]
    public void NearDuplicates_EditedCopiesOfBbcArticles_MeetRecallAndPrecision()
    {
        // BBC carries its own near-identical re-publications: keep one of each, so every copy has one right answer.
        var screen = new NearDuplicateIndex();
        var articles = TopicCorpora.Bbc().Select(i => i.Article).Where(a => screen.FindOrAdd(a.Id, a.Text) is null).ToList();
        var indexed = articles.Where((_, i) => i % 2 == 0).ToList();
        var unseen = articles.Where((_, i) => i % 2 == 1).ToList();
        var index = new NearDuplicateIndex();
        foreach (var article in indexed)
        {
            index.FindOrAdd(article.Id, article.Text);
        }
        var random = new Random(7);
        int hits = 0, matched = 0, wrong = 0;
        foreach (var article in indexed)
        {
            var copy = Edit(article.Text, MaxEditShare, random);
            var found = index.FindOrAdd(article.Id + "#copy", copy);
            matched += found is null ? 0 : 1;
            hits += found == article.Id ? 1 : 0;
            wrong += found is not null && found != article.Id ? 1 : 0;
        }
        var falseAlarms = unseen.Count(a => index.FindOrAdd(a.Id, a.Text) is not null);
        var recall = (double)hits / indexed.Count;
        var precision = (double)hits / Math.Max(1, matched + falseAlarms);
        output.WriteLine($"near-duplicates: recall {recall:F4}, precision {precision:F4} ({indexed.Count} copies, {wrong} wrong, {falseAlarms} false alarms of {unseen.Count})");
        Assert.True(recall >= RecallFloor, $"recall {recall:F4}");
        Assert.True(precision >= PrecisionFloor, $"precision {precision:F4}");
    }

    /// <summary>Edits <paramref name="share"/> of the words: a third replaced, a third deleted, a third with a word inserted.</summary>
    internal static string Edit(string text, double share, Random random)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var edits = (int)Math.Round(words.Count * share);
        for (var e = 0; e < edits && words.Count > 1; e++)
        {
            var at = random.Next(words.Count);
            switch (e % 3)
            {
                case 0: words[at] = "edit" + random.Next(1000); break;
                case 1: words.RemoveAt(at); break;
                default: words.Insert(at, "added" + random.Next(1000)); break;
            }
        }
        return string.Join(' ', words);
    }
}
