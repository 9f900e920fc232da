namespace Masthead.Feeds.Dates;

/// <summary>
/// The fast path for the one date form most RSS feeds write, exactly as RFC 1123 section 5.2.14 gives it:
/// "Mon, 02 Jan 2006 15:04:05 GMT" or "... +0100". Anything else falls through to the general parsers.
/// </summary>
internal static class Rfc1123Dates
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        // "Ddd, DD Mmm YYYY HH:MM:SS " is 26 characters; the zone follows.
        if (s.Length < 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' || s[11] != ' ' || s[16] != ' ' || s[19] != ':' || s[22] != ':' || s[25] != ' ')
        {
            return false;
        }
        var month = MonthOf(s.Slice(8, 3));
        if (month == 0 || !DateDigits.Digits(s.Slice(5, 2), out var day) || !DateDigits.Digits(s.Slice(12, 4), out var year)
            || !DateDigits.Digits(s.Slice(17, 2), out var hour) || !DateDigits.Digits(s.Slice(20, 2), out var minute) || !DateDigits.Digits(s.Slice(23, 2), out var second))
        {
            return false;
        }
        var zone = s[26..];
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
        return new DateParts { Year = year, Month = month, Day = day, Hour = hour, Minute = minute, Second = second, HasTime = true, OffsetMinutes = offset }.TryBuild(out value);
    }

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (name.SequenceEqual(MonthNames[i]))
            {
                return i + 1;
            }
        }
        return 0;
    }
}
