using Masthead.Core;
using Masthead.Crawling.Model;

namespace Masthead.Crawling.Scheduling;

/// <summary>
/// When to read a source next. After a success: the operator's interval, adapted to how often the feed
/// really changes (median gap between its newest entries), slowed while nothing changes, never sooner than
/// the feed's TTL or the server's max-age, and moved out of skipHours. After a failure: exponential backoff,
/// and never sooner than the server's Retry-After (RFC 9110 §10.2.3). Always within
/// <see cref="Limits.MinRefreshInterval"/> .. <see cref="Limits.MaxRefreshInterval"/>.
/// </summary>
public static class RefreshPlanner
{
    private const double UnchangedSlowdown = 1.5;
    private const int MaxSlowdownFactor = 8;
    private const int EntriesMeasured = 10;

    /// <summary>At most a day of skipped hours is stepped over: a feed that lists all 24 in skipHours would be stepped forever.</summary>
    private const int HoursPerDay = 24;

    /// <summary>Backoff doubles at most this many times (1,024 intervals); <see cref="Limits.MaxRefreshInterval"/> caps it anyway.</summary>
    private const int MaxBackoffDoublings = 10;

    public static TimeSpan NextInterval(Source source, FeedSignals signals)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(signals);
        var baseline = Clamp(source.RefreshInterval);
        var interval = MedianGap(signals.EntryDates) is { } gap
            ? Clamp(gap, baseline / 2, baseline * MaxSlowdownFactor)
            : baseline;
        if (signals.Unchanged && source.State.EffectiveInterval is { } previous)
        {
            interval = Max(interval, Clamp(previous * UnchangedSlowdown, baseline, baseline * MaxSlowdownFactor));
        }
        interval = Max(interval, signals.Ttl ?? TimeSpan.Zero);
        interval = Max(interval, signals.MaxAge ?? TimeSpan.Zero);
        return Clamp(interval);
    }

    /// <summary>The next attempt after <paramref name="now"/>, moved past any skipHours.</summary>
    public static DateTimeOffset NextAttempt(DateTimeOffset now, TimeSpan interval, IReadOnlyList<int> skipHours)
    {
        ArgumentNullException.ThrowIfNull(skipHours);
        var next = now + interval;
        for (var guard = 0; guard < HoursPerDay && skipHours.Contains(next.UtcDateTime.Hour); guard++)
        {
            var utc = next.UtcDateTime;
            next = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        }
        return next;
    }

    /// <summary>Backoff after the n-th consecutive failure: interval * 2^(n-1), honouring Retry-After.</summary>
    public static TimeSpan Backoff(Source source, int errorCount, TimeSpan? retryAfter)
    {
        ArgumentNullException.ThrowIfNull(source);
        var baseline = Clamp(source.RefreshInterval);
        var exponent = Math.Clamp(errorCount - 1, 0, MaxBackoffDoublings);
        var backoff = Clamp(baseline * Math.Pow(2, exponent));
        return retryAfter is { } wait && wait > backoff ? Min(wait, Limits.MaxRefreshInterval) : backoff;
    }

    private static TimeSpan? MedianGap(IReadOnlyList<DateTimeOffset> dates)
    {
        var newest = dates.OrderByDescending(d => d).Take(EntriesMeasured).ToList();
        if (newest.Count < 2)
        {
            return null;
        }
        var gaps = newest.Zip(newest.Skip(1), (a, b) => a - b).Order().ToList();
        return gaps[gaps.Count / 2];
    }

    private static TimeSpan Clamp(TimeSpan value) => Clamp(value, Limits.MinRefreshInterval, Limits.MaxRefreshInterval);

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
