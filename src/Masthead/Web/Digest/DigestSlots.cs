namespace Masthead.Web.Digest;

/// <summary>
/// Edition times: every N hours from midnight in the channel's time zone (every 3 hours: 00:00, 03:00, ...
/// local time). The hours are counted in elapsed time from local midnight, so on a daylight-saving day the
/// slots after the change keep their spacing and move by an hour on the wall clock until the next midnight.
/// </summary>
public sealed class DigestSlots
{
    private readonly TimeZoneInfo _zone;

    public DigestSlots(TimeZoneInfo zone, int everyHours)
    {
        ArgumentNullException.ThrowIfNull(zone);
        _zone = zone;
        Every = TimeSpan.FromHours(Math.Clamp(everyHours, 1, 24));
    }

    public TimeSpan Every { get; }

    /// <summary>The latest slot at or before <paramref name="now"/> (in UTC).</summary>
    public DateTimeOffset SlotAt(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone).DateTime.Date;
        var midnight = new DateTimeOffset(local, _zone.GetUtcOffset(local));
        var slots = (now - midnight).Ticks / Every.Ticks;
        return (midnight + TimeSpan.FromTicks(slots * Every.Ticks)).ToUniversalTime();
    }

    /// <summary>The slot before <paramref name="slot"/>: where its edition's period starts.</summary>
    public DateTimeOffset Previous(DateTimeOffset slot) => SlotAt(slot - TimeSpan.FromTicks(1));

    /// <summary>The first slot after <paramref name="now"/> (a day's last gap may be shorter than the period).</summary>
    public DateTimeOffset Next(DateTimeOffset now) => SlotAt(now + Every);

    /// <summary>The id of the edition made at <paramref name="slot"/>, as DigestBuilder names it ("2026-11-27T09Z").</summary>
    public static string EditionId(DateTimeOffset slot) =>
        slot.ToUniversalTime().ToString("yyyy-MM-dd'T'HH'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
