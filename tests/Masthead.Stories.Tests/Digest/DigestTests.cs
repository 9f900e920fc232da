namespace Masthead.Stories.Tests;

public sealed class DigestTests
{
    private static readonly DateTimeOffset Edition = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static DigestEntry E(string id, string outlet, string title, string hashtag, double hoursBefore, string? story = null, string? url = null) =>
        new(new StoryArticle(id, url ?? $"https://{outlet.ToLowerInvariant()}.example/{id}", outlet, title, "", Edition.AddHours(-hoursBefore)),
            hashtag, new Summary("Short of " + id, "Long"), story);

    private static DigestEdition Build() => DigestBuilder.Build(new DigestRequest(Edition, TimeSpan.FromHours(3),
    [
        E("1", "Herald", "Floods hit Dunmore", "#society", 2.5, "s1"),
        E("2", "Courier", "Dunmore floods: thousands leave", "#society", 1, "s1"),
        E("3", "Times", "Budget passes", "#politics", 1, "s2"),
        E("4", "Post", "Cup final tonight", "#sports", 0.5),
        E("5", "Old", "Yesterday's news", "#politics", 5),
        E("6", "Late", "After the edition", "#politics", -1),
    ]));

    [Fact]
    public void Build_GroupsIntoHashtagSectionsInChannelOrder()
    {
        var edition = Build();
        Assert.Equal(["#politics", "#sports", "#society"], edition.Sections.Select(s => s.Hashtag));
        Assert.Equal("2026-03-02T12Z", edition.Id);
        Assert.Equal(3, edition.ItemCount);
    }

    [Fact]
    public void Build_OneItemPerStory_CreditsFirstReporterAndListsOthers()
    {
        var item = Build().Sections.Single(s => s.Hashtag == "#society").Items.Single();
        Assert.Equal("Herald", item.Outlet);
        Assert.Equal("Floods hit Dunmore", item.Headline);
        Assert.Equal("Short of 1", item.Short);
        Assert.Equal(["Courier"], item.OtherOutlets);
    }

    [Fact]
    public void Build_KeepsOnlyTheEditionPeriod()
    {
        var headlines = Build().Sections.SelectMany(s => s.Items).Select(i => i.Headline).ToList();
        Assert.DoesNotContain("Yesterday's news", headlines);
        Assert.DoesNotContain("After the edition", headlines);
    }

    [Fact]
    public void Html_IsEscapedInlineStyledAndLinksOnlyHttp()
    {
        var edition = DigestBuilder.Build(new DigestRequest(Edition, TimeSpan.FromHours(3),
        [
            E("x", "<Evil>", "A & B <script>alert(1)</script>", "#politics", 1, url: "javascript:alert(1)"),
            E("y", "Good", "Fine", "#politics", 1),
        ]));
        var html = DigestRenderer.Html(edition);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.Contains("&lt;Evil&gt;: A &amp; B &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://good.example/y\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_ListsOutletHeadlineSummaryAndLink()
    {
        var text = DigestRenderer.PlainText(Build());
        Assert.Contains("#society\n========\n* Herald: Floods hit Dunmore\n  Short of 1\n  https://herald.example/1\n  Also: Courier\n", text, StringComparison.Ordinal);
        Assert.StartsWith("The Digest\n2026-03-02 09:00 to 2026-03-02 12:00 UTC\n", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, DateTimeOffset, DateTimeOffset> Slots => new()
    {
        { "inside a slot", new DateTimeOffset(2026, 3, 2, 13, 59, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero) },
        { "on a boundary", new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero) },
        { "other time zone", new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2026, 3, 1, 21, 0, 0, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(Slots))]
    public void EditionAt_EveryThreeHoursFromMidnightUtc(string name, DateTimeOffset now, DateTimeOffset expected)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(expected, DigestSchedule.EditionAt(now, TimeSpan.FromHours(3)));
    }

    [Fact]
    public void Editions_ListsTheSlotsBetweenTwoTimes()
    {
        var slots = DigestSchedule.Editions(Edition.AddHours(-9), Edition, TimeSpan.FromHours(3)).ToList();
        Assert.Equal([Edition, Edition.AddHours(-3), Edition.AddHours(-6)], slots);
    }
}
