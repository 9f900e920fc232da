using Masthead.Web.Digest;

namespace Masthead.Site.Tests.Digest;

/// <summary>Editions on the channel's schedule: one per slot, never twice, listed in the archive.</summary>
[Collection(DigestCollection.Name)]
public sealed class DigestScheduleTests(DigestFixture digest)
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    public static TheoryData<string, DateTimeOffset, int, DateTimeOffset> Slots => new()
    {
        { "on a slot", new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero), 3, new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero) },
        { "between slots", new(2026, 11, 20, 17, 59, 0, TimeSpan.Zero), 3, new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero) },
        { "local midnight is 06:00 UTC", new(2026, 11, 20, 7, 0, 0, TimeSpan.Zero), 3, new(2026, 11, 20, 6, 0, 0, TimeSpan.Zero) },
        { "before local midnight: the previous local day", new(2026, 11, 20, 5, 0, 0, TimeSpan.Zero), 3, new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero) },
        { "5 hours does not divide the day: last gap is shorter", new(2026, 11, 21, 5, 30, 0, TimeSpan.Zero), 5, new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero) },
        { "summer time (UTC-5)", new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero), 3, new(2026, 7, 1, 11, 0, 0, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(Slots))]
    public void SlotAt_CountsFromMidnightInTheChannelZone(string name, DateTimeOffset now, int every, DateTimeOffset expected)
    {
        Assert.NotEmpty(name);
        Assert.Equal(expected, new DigestSlots(Chicago, every).SlotAt(now));
    }

    [Fact]
    public void Next_IsLocalMidnightAfterTheDaysLastSlot()
    {
        var slots = new DigestSlots(Chicago, 5);
        // 20:00 CST is the day's last slot (02:00 UTC); the next is 00:00 CST (06:00 UTC), 4 hours later.
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 6, 0, 0, TimeSpan.Zero), slots.Next(new(2026, 11, 21, 3, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task EachSlotGetsOneEdition_AndNoneTwice()
    {
        Assert.NotNull(await DigestArchive.LoadAsync(digest.Store, DigestFixture.FirstEdition));
        Assert.NotNull(await DigestArchive.LoadAsync(digest.Store, DigestFixture.SecondEdition));
        // Crawled after the 18:00 edition was made, published in its period: it goes into the next edition.
        await digest.Save("Epsilon Post", "Council approves the new library", "#education", new DateTimeOffset(2026, 11, 20, 17, 30, 0, TimeSpan.Zero), null,
            "The city council approved the new library on Friday. Building starts in the spring.");
        digest.Clock.Now = DigestFixture.Start.AddHours(3); // 21:10 UTC: the 21:00 slot is due
        var made = await digest.Maker.MakeDueAsync();
        var third = Assert.Single(made);
        Assert.Equal(DigestFixture.ThirdEdition, third.Id);
        Assert.Equal(["Delta Daily: Storm moves inland overnight", "Epsilon Post: Council approves the new library"],
            third.Sections.SelectMany(s => s.Items).Select(i => i.Outlet + ": " + i.Headline).Order(StringComparer.Ordinal));
        var (total, _) = await DigestArchive.ListAsync(digest.Store, 100, 0);
        // Again, and as a restarted site would (a new maker over the same store): nothing new.
        Assert.Empty(await digest.Maker.MakeDueAsync());
        Assert.Empty(await new DigestMaker(digest.Channel, digest.Store, digest.Clock).MakeDueAsync());
        Assert.Equal(total, (await DigestArchive.ListAsync(digest.Store, 100, 0)).Total);
    }

    [Fact]
    public async Task EditionPeriod_IsTheSlotsSincePrevious()
    {
        var second = (await DigestArchive.LoadAsync(digest.Store, DigestFixture.SecondEdition))!;
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero), second.From);
        Assert.Equal(["#society", "#crime"], second.Sections.Select(s => s.Hashtag));
        Assert.DoesNotContain(second.Sections.SelectMany(s => s.Items), i => i.Headline.Contains("budget", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Archive_ListsEditionsNewestFirst()
    {
        var doc = await digest.Page("/digest/archive");
        var links = doc.QuerySelectorAll("[data-part=digest-archive] [data-part=digest-edition] a").Select(a => a.GetAttribute("href")).ToList();
        var first = links.IndexOf("/digest/" + DigestFixture.FirstEdition);
        var second = links.IndexOf("/digest/" + DigestFixture.SecondEdition);
        Assert.True(first >= 0 && second >= 0 && second < first, string.Join(", ", links));
    }
}
