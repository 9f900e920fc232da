using System.Globalization;

namespace Masthead.Web.Rendering;

/// <summary>Dates as readers see them: in the channel's time zone, and "3 hours ago".</summary>
public static class TimeText
{
    public static string Ago(DateTimeOffset when, DateTimeOffset now)
    {
        var span = now - when;
        return span.TotalSeconds switch
        {
            < 60 => "just now",
            < 3600 => Plural((int)span.TotalMinutes, "minute"),
            < 86400 => Plural((int)span.TotalHours, "hour"),
            < 86400 * 30 => Plural((int)span.TotalDays, "day"),
            _ => when.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// A report's time as HTML: "3 hours ago" in a time element when the outlet dated it; for an undated page
    /// only "date unknown", since the time we fetched it says nothing about when it was written.
    /// </summary>
    public static string Reported(DateTimeOffset? published, DateTimeOffset now) => published is { } when
        ? "<time datetime=\"" + Iso(when) + "\">" + Html.E(Ago(when, now)) + "</time>"
        : "<span class=\"undated\" data-part=\"undated\">date unknown</span>";

    public static string LongDate(DateTimeOffset when, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(when, zone).ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset when, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(when, zone).ToString("MMMM d, yyyy h:mm tt", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with offset, for datetime attributes and feeds.</summary>
    public static string Iso(DateTimeOffset when) => when.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit} ago" : $"{n.ToString(CultureInfo.InvariantCulture)} {unit}s ago";
}
