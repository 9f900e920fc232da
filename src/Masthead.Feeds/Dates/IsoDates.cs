using System.Globalization;
using System.Text.RegularExpressions;

namespace Masthead.Feeds.Dates;

/// <summary>
/// ISO 8601 and its profiles: RFC 3339 and W3C-DTF (https://www.w3.org/TR/NOTE-datetime), with the reduced
/// precision forms (1997, 1997-07), the compact and two-digit-year forms, ordinal dates (2003-335), a space
/// instead of the T, fractional seconds, and zones written Z, +hh, +hhmm or +hh:mm.
/// </summary>
internal static partial class IsoDates
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var match = Full().Match(text);
        return (match.Success && FromMatch(match, out value)) || TryShortForms(text, out value);
    }

    private static bool FromMatch(Match match, out DateTimeOffset value)
    {
        value = default;
        var parts = new DateParts { Year = Int(match, "y") };
        if (match.Groups["o"].Success)
        {
            var ordinal = Int(match, "o")!.Value;
            if (parts.Year is not { } y || y < 1 || ordinal < 1 || ordinal > (DateTime.IsLeapYear(y) ? 366 : 365))
            {
                return false;
            }
            var date = new DateTime(y, 1, 1).AddDays(ordinal - 1);
            parts.Month = date.Month;
            parts.Day = date.Day;
        }
        else
        {
            parts.Month = Int(match, "m") ?? 1;
            parts.Day = Int(match, "d");
        }
        parts.Hour = Int(match, "H") ?? 0;
        parts.Minute = Int(match, "M") ?? 0;
        parts.Second = Int(match, "S") ?? 0;
        if (match.Groups["z"].Success && !TryZone(match.Groups["z"].Value, out parts.OffsetMinutes))
        {
            return false;
        }
        return parts.TryBuild(out value);
    }

    /// <summary>Zone designators: Z, +hh, +hhmm, +hh:mm, with hours under 24 and minutes under 60.</summary>
    public static bool TryZone(string zone, out int? minutes)
    {
        minutes = null;
        zone = zone.Trim();
        if (zone.Length == 0 || zone is "Z" or "z")
        {
            minutes = 0;
            return true;
        }
        var sign = zone[0] == '-' ? -1 : 1;
        var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var mins = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 23 || mins > 59)
        {
            return false;
        }
        minutes = sign * ((hours * 60) + mins);
        return true;
    }

    /// <summary>ISO 8601 truncated forms feedparser accepts: YYMMDD, YY-MM-DD, -YYMM, -YY-MM, YYDDD.</summary>
    private static bool TryShortForms(string text, out DateTimeOffset value)
    {
        value = default;
        var match = Short().Match(text);
        if (!match.Success)
        {
            return false;
        }
        var year = 2000 + int.Parse(match.Groups["yy"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["o"].Success)
        {
            var ordinal = int.Parse(match.Groups["o"].Value, CultureInfo.InvariantCulture);
            var parts = new DateParts { Year = year, Month = 1, Day = 1 };
            if (ordinal < 1 || ordinal > 366 || !parts.TryBuild(out value))
            {
                return false;
            }
            value = value.AddDays(ordinal - 1);
            return true;
        }
        return new DateParts
        {
            Year = year,
            Month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture),
            Day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 1,
        }.TryBuild(out value);
    }

    private static int? Int(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?<y>\d{4})(?:-?(?:(?<o>\d{3})(?![\d-])|(?<m>\d{2})|0(?<m>\d{2}))(?:-?(?<d>\d{2}))?)?(?:(?:T|\s+)(?<H>\d{1,2}):?(?<M>\d{2})(?::?(?<S>\d{2})(?:[.,]\d+)?)?\s*(?<z>Z|[+-]\d{2}(?::?\d{2})?)?Z?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Full();

    [GeneratedRegex(@"^(?:(?<yy>\d{2})-?(?<m>\d{2})-?(?<d>\d{2})|-(?<yy>\d{2})-?(?<m>\d{2})|(?<yy>\d{2})(?<o>\d{3}))$")]
    private static partial Regex Short();
}
