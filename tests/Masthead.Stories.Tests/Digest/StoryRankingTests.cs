namespace Masthead.Stories.Tests;

public sealed class StoryRankingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static (StoryArticle, string) A(string id, string outlet, double hoursAgo, string story) =>
        (new StoryArticle(id, null, outlet, "Headline " + id, "Text " + id + ".", Now.AddHours(-hoursAgo)), story);

    [Fact]
    public void Rank_MoreOutletsAndFresher_RankHigher()
    {
        var ranked = StoryRanking.Rank(
        [
            A("1", "Herald", 1, "big"), A("2", "Courier", 2, "big"), A("3", "Times", 3, "big"),
            A("4", "Post", 1, "small"),
            A("5", "Herald", 30, "old"), A("6", "Courier", 30, "old"), A("7", "Times", 30, "old"), A("8", "Post", 30, "old"),
        ], Now);
        Assert.Equal(["big", "small", "old"], ranked.Select(s => s.StoryId));
    }

    [Fact]
    public void Coverage_TimelineStartsWithTheFirstReporter()
    {
        var story = StoryRanking.Rank([A("late", "Courier", 1, "s"), A("early", "Herald", 5, "s"), A("mid", "Herald", 3, "s")], Now).Single();
        Assert.Equal(["early", "mid", "late"], story.Timeline.Select(a => a.Id));
        Assert.Equal("early", story.FirstReport.Id);
        Assert.Equal(["Herald", "Courier"], story.Outlets);
    }

    [Fact]
    public void StorySummary_UsesFirstReportersShortAndSkipsRepeatedFacts()
    {
        var a = new StoryArticle("a", null, "Herald", "Dunmore floods", "Heavy rain flooded Dunmore on Monday, forcing 2,000 residents from their homes. Crews used boats to rescue families from rooftops.", Now.AddHours(-3));
        var b = new StoryArticle("b", null, "Courier", "Dunmore under water", "Heavy rain flooded Dunmore on Monday, forcing 2,000 residents from homes. The mayor said the river crested at a record nine metres.", Now.AddHours(-1));
        var summary = StorySummarizer.Summarize([a, b]);
        Assert.Equal("Heavy rain flooded Dunmore on Monday, forcing 2,000 residents from their homes.", summary.Short);
        // The second outlet's wording of the same lead is a repeat: it appears once.
        Assert.Equal(2, summary.Long.Split("Heavy rain flooded Dunmore").Length);
        Assert.Contains("record nine metres", summary.Long, StringComparison.Ordinal);
        Assert.Equal(2, summary.Long.Split("\n\n").Length);
    }
}
