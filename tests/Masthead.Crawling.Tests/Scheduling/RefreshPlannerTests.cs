using Masthead.Core;
using Masthead.Crawling.Model;
using Masthead.Crawling.Scheduling;

namespace Masthead.Crawling.Tests.Scheduling;

public class RefreshPlannerTests
{
    private static readonly Source Half = new() { FeedUrl = "https://example.com/feed", Name = "x", RefreshInterval = TimeSpan.FromMinutes(30) };
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, FeedSignals, double> Intervals => new()
    {
        { "no signals: the operator's interval", new FeedSignals(), 30 },
        { "busy feed: faster, not below half", new FeedSignals { EntryDates = Dates(5) }, 15 },
        { "slow feed: slower", new FeedSignals { EntryDates = Dates(120) }, 120 },
        { "TTL is a floor", new FeedSignals { Ttl = TimeSpan.FromMinutes(90) }, 90 },
        { "max-age is a floor", new FeedSignals { MaxAge = TimeSpan.FromHours(2) }, 120 },
        { "daily feed capped at 8x", new FeedSignals { EntryDates = Dates(60 * 24) }, 240 },
    };

    [Theory]
    [MemberData(nameof(Intervals))]
    public void NextInterval_AdaptsToTheFeed(string name, FeedSignals signals, double minutes)
    {
        Assert.True(TimeSpan.FromMinutes(minutes) == RefreshPlanner.NextInterval(Half, signals), name);
    }

    [Fact]
    public void Unchanged_SlowsDownGradually()
    {
        var source = Half with { State = new SourceState { EffectiveInterval = TimeSpan.FromMinutes(40) } };

        Assert.Equal(TimeSpan.FromMinutes(60), RefreshPlanner.NextInterval(source, new FeedSignals { Unchanged = true }));
    }

    [Fact]
    public void SkipHours_MoveTheNextAttempt()
    {
        var next = RefreshPlanner.NextAttempt(Noon, TimeSpan.FromMinutes(30), [12, 13]);

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.Zero), next);
    }

    [Theory]
    [InlineData("first failure: the interval", 1, null, 30)]
    [InlineData("third failure: 4x", 3, null, 120)]
    [InlineData("Retry-After longer than backoff wins", 1, 7200, 120)]
    [InlineData("many failures: capped at a day", 30, null, 1440)]
    public void Backoff_GrowsAndHonoursRetryAfter(string name, int errors, int? retryAfterSeconds, double minutes)
    {
        var retry = retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;

        Assert.True(TimeSpan.FromMinutes(minutes) == RefreshPlanner.Backoff(Half, errors, retry), name);
        Assert.True(RefreshPlanner.Backoff(Half, errors, retry) <= Limits.MaxRefreshInterval, name);
    }

    private static List<DateTimeOffset> Dates(int gapMinutes) =>
        [.. Enumerable.Range(0, 6).Select(i => Noon.AddMinutes(-gapMinutes * i))];
}
