using System.Text.Json.Nodes;

namespace Masthead.Feeds.Compat;

/// <summary>Python's time.struct_time in UTC as a JSON array: [year, month, day, hour, minute, second, weekday (Monday 0), day of year, 0].</summary>
internal static class FeedparserTime
{
    public static JsonArray ToStruct(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        var weekday = ((int)utc.DayOfWeek + 6) % 7;
        return [utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, weekday, utc.DayOfYear, 0];
    }
}
