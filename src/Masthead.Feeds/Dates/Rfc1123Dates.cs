namespace Masthead.Feeds.Dates;

/// <summary>
/// The fast path for the date forms most RSS feeds write: RFC 1123 section 5.2.14 exactly, "Mon, 02 Jan 2006 15:04:05 GMT"
/// or "... +0100", and the two RFC 822 variants next most common in the wild, a one-digit day ("Mon, 2 Jan 2006 ...")
/// and no weekday ("02 Jan 2006 ..."). Anything else falls through to the general parsers, which read these forms to
/// the same instant (<see cref="WordDates"/>; a test holds the two paths to that).
/// </summary>
internal static class Rfc1123Dates
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] WeekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        var hasWeekday = s.Length > 5 && s[3] == ',' && s[4] == ' ';
        var rest = hasWeekday ? s[5..] : s;
        var d = rest.Length > 1 && rest[1] == ' ' ? 1 : 2;
        // The two-digit form takes any three characters for the weekday, as this path always has; the one-digit form
        // only an English weekday, since the general parser rejects a word it does not know.
        if (hasWeekday && d == 1 && !IsOneOf(s[..3], WeekdayNames, out _))
        {
            return false;
        }
        // After the day: " Mmm YYYY HH:MM:SS " (19 characters), then the zone.
        if (rest.Length < d + 20 || rest[d] != ' ' || rest[d + 4] != ' ' || rest[d + 9] != ' ' || rest[d + 12] != ':' || rest[d + 15] != ':' || rest[d + 18] != ' ')
        {
            return false;
        }
        if (!IsOneOf(rest.Slice(d + 1, 3), MonthNames, out var month) || !DateDigits.Digits(rest[..d], out var day) || !DateDigits.Digits(rest.Slice(d + 5, 4), out var year)
            || !DateDigits.Digits(rest.Slice(d + 10, 2), out var hour) || !DateDigits.Digits(rest.Slice(d + 13, 2), out var minute) || !DateDigits.Digits(rest.Slice(d + 16, 2), out var second))
        {
            return false;
        }
        var zone = rest[(d + 19)..];
        int offset;
        if (zone is "GMT" or "UTC" or "UT" or "Z" or "+0000" or "-0000")
        {
            offset = 0;
        }
        else if (DateDigits.TryOffset(zone, colon: false, out var minutes))
        {
            offset = minutes;
        }
        else
        {
            return false;
        }
        return new DateParts { Year = year, Month = month + 1, Day = day, Hour = hour, Minute = minute, Second = second, HasTime = true, OffsetMinutes = offset }.TryBuild(out value);
    }

    /// <summary>The index of <paramref name="name"/> among <paramref name="names"/> (exact case, as RFC 1123 writes them).</summary>
    private static bool IsOneOf(ReadOnlySpan<char> name, string[] names, out int index)
    {
        for (index = 0; index < names.Length; index++)
        {
            if (name.SequenceEqual(names[index]))
            {
                return true;
            }
        }
        return false;
    }
}
