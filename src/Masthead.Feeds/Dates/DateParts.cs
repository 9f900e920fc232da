namespace Masthead.Feeds.Dates;

/// <summary>The fields a date parser collects before they are validated into an instant (a struct: one per date read, on the stack).</summary>
internal struct DateParts
{
    public int? Year;
    public int? Month;
    public int? Day;
    public int Hour;
    public int Minute;
    public int Second;
    public bool HasTime;
    public int? Meridiem; // 0 = am, 12 = pm
    public int? OffsetMinutes;
    public string? ZoneId;
    public bool FirstIsWeekday;

    /// <summary>Validates the fields and builds the instant (UTC when no zone was given).</summary>
    public readonly bool TryBuild(out DateTimeOffset value)
    {
        value = default;
        if (Year is not { } year || Month is not { } month || year < 1 || year > 9999 || month < 1 || month > 12)
        {
            return false;
        }
        var day = Day ?? 1;
        var hour = Hour;
        if (Meridiem is { } meridiem)
        {
            if (hour < 1 || hour > 12)
            {
                return false;
            }
            hour = hour % 12 + meridiem;
        }
        if (day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || Minute > 59 || Second > 59)
        {
            return false;
        }
        var local = new DateTime(year, month, day, hour, Minute, Second, DateTimeKind.Unspecified);
        var offset = OffsetMinutes ?? ZoneOffset(local) ?? 0;
        if (Math.Abs(offset) >= 24 * 60)
        {
            return false;
        }
        var utcTicks = local.Ticks - (offset * TimeSpan.TicksPerMinute);
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }
        // Offsets beyond +-14 h are legal in ISO 8601 but not in DateTimeOffset: keep the instant, in UTC.
        value = Math.Abs(offset) <= 14 * 60
            ? new DateTimeOffset(local, TimeSpan.FromMinutes(offset))
            : new DateTimeOffset(new DateTime(utcTicks, DateTimeKind.Utc));
        return true;
    }

    private readonly int? ZoneOffset(DateTime local)
    {
        if (ZoneId is null)
        {
            return null;
        }
        try
        {
            return (int)TimeZoneInfo.FindSystemTimeZoneById(ZoneId).GetUtcOffset(local).TotalMinutes;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
