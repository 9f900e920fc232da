namespace Masthead.Stories;

/// <summary>
/// Edition times on a fixed period counted from midnight UTC (every 3 hours: 00:00, 03:00, ... UTC), so every
/// instance of the site agrees on edition boundaries without shared state.
/// </summary>
public static class DigestSchedule
{
    /// <summary>The latest edition time at or before <paramref name="now"/>.</summary>
    public static DateTimeOffset EditionAt(DateTimeOffset now, TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        var utc = now.ToUniversalTime();
        var sinceMidnight = utc - utc.Date;
        var slots = sinceMidnight.Ticks / period.Ticks;
        return new DateTimeOffset(utc.Date, TimeSpan.Zero) + TimeSpan.FromTicks(slots * period.Ticks);
    }

    /// <summary>Edition times in (<paramref name="from"/>, <paramref name="to"/>], oldest first.</summary>
    public static IEnumerable<DateTimeOffset> Editions(DateTimeOffset from, DateTimeOffset to, TimeSpan period)
    {
        for (var t = EditionAt(to, period); t > from; t -= period)
        {
            yield return t;
        }
    }
}
