using System.Text;

namespace Masthead.Feeds.Dates;

/// <summary>
/// The fast path for the date forms most RSS feeds write: RFC 1123 section 5.2.14 exactly, "Mon, 02 Jan 2006 15:04:05 GMT"
/// or "... +0100", and the RFC 822 variants next most common in the wild: a one-digit day ("Mon, 2 Jan 2006 ..."), no
/// weekday ("02 Jan 2006 ..."), a weekday in another language ("Mi, 04 Jan 2006 ...") and a named zone ("... EST").
/// Anything else falls through to the general parsers, which read these forms to the same instant: the weekday and
/// zone words come from the same tables (<see cref="DateWords"/>), and a test holds the two paths to that.
/// </summary>
internal static class Rfc1123Dates
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = DateWords.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Zones = DateWords.Zones.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest weekday word taken before the comma ("Wednesday").</summary>
    private const int LongestWeekday = 9;

    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        var comma = s.Length > 4 && s[3] == ',' && s[4] == ' ' ? 3 : WeekdayComma(s);
        var rest = comma > 0 ? s[(comma + 2)..] : s;
        var d = rest.Length > 1 && rest[1] == ' ' ? 1 : 2;
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
        // RFC 1123 exactly (three characters for the weekday, a two-digit day, GMT, UTC or a numeric zone) takes any
        // three characters for the weekday, as this path always has; the variants only a weekday word the general
        // parser knows, in ASCII, where its lower-casing and this case-blind lookup agree.
        var strict = comma == 3 && d == 2 && zone is "GMT" or "UTC" or ['+' or '-', _, _, ..];
        if (comma > 0 && !strict && !(Ascii.IsValid(s[..comma]) && Weekdays.Contains(s[..comma])))
        {
            return false;
        }
        int offset;
        if (DateDigits.TryOffset(zone, colon: false, out var minutes))
        {
            offset = minutes;
        }
        else if (!(Ascii.IsValid(zone) && Zones.TryGetValue(zone, out offset)))
        {
            return false;
        }
        return new DateParts { Year = year, Month = month + 1, Day = day, Hour = hour, Minute = minute, Second = second, HasTime = true, OffsetMinutes = offset }.TryBuild(out value);
    }

    /// <summary>Where ", " ends a weekday word at the start, or -1 (one character searched for: most dates have no comma there).</summary>
    private static int WeekdayComma(ReadOnlySpan<char> s)
    {
        var comma = s[..Math.Min(s.Length, LongestWeekday + 1)].IndexOf(',');
        return comma > 0 && comma + 1 < s.Length && s[comma + 1] == ' ' ? comma : -1;
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
