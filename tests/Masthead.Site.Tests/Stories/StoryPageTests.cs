namespace Masthead.Site.Tests.Stories;

public sealed class StoryPageTests(StoryFixture site) : IClassFixture<StoryFixture>
{
    private string Path(string key) => Web.Rendering.Paths.Article(site.Articles[key].Id, site.Articles[key].Title);

    public static TheoryData<string, string, string[]> Timelines => new()
    {
        { "three outlets, saved out of order", "wide", ["wide-alpha", "wide-beta", "wide-gamma"] },
        { "an older story", "old-wide", ["old-alpha", "old-beta", "old-gamma"] },
        { "a single report", "fresh-single", ["fresh-single"] },
        { "an undated report goes last", "mixed", ["mixed-dated", "mixed-undated"] },
    };

    [Theory]
    [MemberData(nameof(Timelines))]
    public async Task Timeline_ListsEveryVersionInPublicationOrder(string name, string story, string[] keys)
    {
        Assert.NotEmpty(name);
        var doc = await site.Page("/story/" + story);
        var items = doc.QuerySelectorAll("[data-part=timeline] [data-part=timeline-item]");
        Assert.Equal(keys.Select(k => site.Articles[k].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), items.Select(i => i.GetAttribute("data-article")));
        Assert.Equal(keys.Select(Path), items.Select(i => i.QuerySelector("h3 a")!.GetAttribute("href")));
        var times = items.Select(i => i.QuerySelector("[data-part=report-time]")?.GetAttribute("datetime")).OfType<string>()
            .Select(t => DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal(keys[0], keys.Single(k => items.Single(i => i.GetAttribute("data-article") == site.Articles[k].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetAttribute("data-first") == "true"));
    }

    [Fact]
    public async Task FirstReport_NamesTheEarliestOutletAndLinksItsVersion()
    {
        var doc = await site.Page("/story/wide");
        var first = doc.QuerySelector("[data-part=first-report]")!;
        Assert.StartsWith("First reported by Alpha Wire", first.TextContent, StringComparison.Ordinal);
        Assert.Contains(first.QuerySelectorAll("a"), a => a.GetAttribute("href") == Path("wide-alpha"));
        Assert.Equal("First report", doc.QuerySelector("[data-first=true] [data-part=first-badge]")!.TextContent);
        Assert.Equal("3 reports from 3 outlets", doc.QuerySelector("[data-part=coverage-summary]")!.TextContent);
    }

    [Fact]
    public async Task UndatedStory_NamesNoFirstReporter()
    {
        var doc = await site.Page("/story/nodate");
        Assert.Contains("unknown", doc.QuerySelector("[data-part=first-report]")!.TextContent, StringComparison.Ordinal);
        var item = Assert.Single(doc.QuerySelectorAll("[data-part=timeline-item]"));
        Assert.Null(item.GetAttribute("data-first"));
        Assert.Equal("date unknown", item.QuerySelector("[data-part=undated]")!.TextContent);
    }

    [Fact]
    public async Task Outlets_ListEachOutletOnceLinkingToItsVersion()
    {
        var doc = await site.Page("/story/wide");
        var outlets = doc.QuerySelectorAll("[data-part=outlets] [data-part=outlet] a");
        Assert.Equal(["Alpha Wire", "Beta Times", "Gamma Post"], outlets.Select(a => a.TextContent));
        Assert.Equal(["wide-alpha", "wide-beta", "wide-gamma"], outlets.Select(a => a.GetAttribute("href")).Select(h => site.Articles.Single(kv => Path(kv.Key) == h).Key));
    }
}
