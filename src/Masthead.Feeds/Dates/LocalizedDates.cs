using System.Text.RegularExpressions;

namespace Masthead.Feeds.Dates;

/// <summary>
/// Rewrites dates in forms with their own grammar into ISO 8601 text: Korean (2004년 05월 28일 01:31:15,
/// 2004-05-25 오후 11:23:17; Korea Standard Time, +09:00, when no zone is given) and ISO dates with a
/// month name in place of the number (2004-július-13T9:15-05:00).
/// </summary>
internal static partial class LocalizedDates
{
    public static string? Normalize(string text)
    {
        var korean = Korean().Match(text);
        if (korean.Success)
        {
            var hour = int.Parse(korean.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (korean.Groups["p"].Value == "오후" && hour < 12)
            {
                hour += 12;
            }
            else if (korean.Groups["p"].Value == "오전" && hour == 12)
            {
                hour = 0;
            }
            return $"{korean.Groups["y"].Value}-{korean.Groups["m"].Value.PadLeft(2, '0')}-{korean.Groups["d"].Value.PadLeft(2, '0')}T{hour:00}:{korean.Groups["mi"].Value}:{korean.Groups["s"].Value}+09:00";
        }
        var named = NamedMonth().Match(text);
        if (named.Success && DateWords.Months.TryGetValue(named.Groups["mon"].Value.ToLowerInvariant(), out var month))
        {
            var rest = named.Groups["rest"].Value;
            var time = TimeWithoutPadding().Replace(rest, m => "T" + m.Groups[1].Value.PadLeft(2, '0') + ":");
            return $"{named.Groups["y"].Value}-{month:00}-{named.Groups["d"].Value.PadLeft(2, '0')}{time}";
        }
        return null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:년|-)\s*(?<m>\d{1,2})(?:월|-)\s*(?<d>\d{1,2})일?\s+(?<p>오전|오후)?\s*(?<h>\d{1,2}):(?<mi>\d{2}):(?<s>\d{2})$")]
    private static partial Regex Korean();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mon>[^\d\W]+)-(?<d>\d{1,2})(?<rest>.*)$")]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"^T(\d{1,2}):")]
    private static partial Regex TimeWithoutPadding();
}
