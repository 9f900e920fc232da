using System.Globalization;
using System.Text.RegularExpressions;

namespace Masthead.Feeds.Dates;

/// <summary>
/// RFC 822 / RFC 1123 dates and the many variants feeds actually write (asctime order, month names in other
/// languages, ordinals, two-digit years, missing seconds or weekday, 12-hour clocks, numeric m/d/y dates,
/// named, military and IANA zones). The text is split into tokens and each token is classified against the
/// tables in <see cref="DateWords"/>; an unknown token rejects the whole string rather than guessing.
/// </summary>
internal static partial class WordDates
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var parts = new DateParts();
        var tokens = Tokens(text);
        parts.FirstIsWeekday = FirstWithComma().IsMatch(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Classify(tokens, i, ref parts))
            {
                return false;
            }
        }
        return parts.TryBuild(out value);
    }

    private static List<string> Tokens(string text)
    {
        var cleaned = Parenthesized().Replace(text, " ");
        cleaned = cleaned.Replace("a.m.", "am", StringComparison.OrdinalIgnoreCase).Replace("p.m.", "pm", StringComparison.OrdinalIgnoreCase);
        var tokens = new List<string>();
        foreach (var raw in cleaned.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.TrimEnd('.');
            tokens.Add(token.Length == 0 ? raw : token);
        }
        return tokens;
    }

    private static bool Classify(List<string> tokens, int index, ref DateParts parts)
    {
        var token = tokens[index];
        var lower = token.ToLowerInvariant();
        if (parts.HasTime && parts.OffsetMinutes is null && DateWords.Zones.ContainsKey(lower))
        {
            return ReadZone(token, lower, ref parts);
        }
        if (DateWords.Noise.Contains(lower))
        {
            return true;
        }
        if (index == 0 && DateWords.Weekdays.Contains(lower) && (parts.FirstIsWeekday || !(DateWords.Months.ContainsKey(lower) && tokens.Count > 1 && IsNumber(tokens[1]))))
        {
            return true;
        }
        if (parts.Month is null && DateWords.Months.TryGetValue(lower, out var month))
        {
            parts.Month = month;
            return true;
        }
        if (DateWords.Weekdays.Contains(lower) && parts.Year is null)
        {
            return true;
        }
        if (lower is "am" or "pm")
        {
            parts.Meridiem = lower == "am" ? 0 : 12;
            return parts.HasTime;
        }
        if (Time().Match(token) is { Success: true } time)
        {
            return ReadTime(time, ref parts);
        }
        if (NumericDate().Match(token) is { Success: true } numeric)
        {
            return ReadNumericDate(numeric, ref parts);
        }
        return ReadNumberOrZone(token, lower, ref parts);
    }

    private static bool ReadNumberOrZone(string token, string lower, ref DateParts parts)
    {
        var ordinal = Ordinal().Match(lower);
        if (ordinal.Success && !parts.HasTime)
        {
            return ReadNumber(ordinal.Groups[1].Value, ref parts);
        }
        if (IsNumber(token) && !(parts.HasTime && parts.Year is not null && token.Length == 4))
        {
            return ReadNumber(token, ref parts);
        }
        return ReadZone(token, lower, ref parts);
    }

    private static bool ReadNumber(string digits, ref DateParts parts)
    {
        var number = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length <= 2 && parts.Day is null && !parts.HasTime)
        {
            parts.Day = number;
            return true;
        }
        if (digits.Length <= 2 && parts.Month is null && parts.Day is not null && number <= 12 && parts.Year is null)
        {
            parts.Month = number;
            return true;
        }
        if (parts.Year is null && digits.Length is 2 or 4)
        {
            // Two-digit years: 00-89 are 20xx, 90-99 are 19xx (as feedparser and listparser read them).
            parts.Year = digits.Length == 2 ? (number < 90 ? 2000 + number : 1900 + number) : number;
            return true;
        }
        return false;
    }

    private static bool ReadZone(string token, string lower, ref DateParts parts)
    {
        if (parts.OffsetMinutes is not null || parts.ZoneId is not null)
        {
            return false;
        }
        if (DateWords.Zones.TryGetValue(lower, out var minutes))
        {
            parts.OffsetMinutes = minutes;
            return true;
        }
        var zone = Zone().Match(token);
        if (zone.Success)
        {
            if (!zone.Groups[1].Success && !zone.Groups[2].Value.StartsWith('+') && !zone.Groups[2].Value.StartsWith('-'))
            {
                return IsoDates.TryZone("+" + zone.Groups[2].Value, out parts.OffsetMinutes);
            }
            return IsoDates.TryZone(zone.Groups[2].Value, out parts.OffsetMinutes);
        }
        if (token.Contains('/') && char.IsAsciiLetterUpper(token[0]))
        {
            parts.ZoneId = token;
            return true;
        }
        return false;
    }

    private static bool ReadTime(Match time, ref DateParts parts)
    {
        if (parts.HasTime)
        {
            return false;
        }
        parts.HasTime = true;
        parts.Hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
        parts.Minute = int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture);
        parts.Second = time.Groups["s"].Success ? int.Parse(time.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (time.Groups["p"].Success)
        {
            parts.Meridiem = time.Groups["p"].Value.Equals("am", StringComparison.OrdinalIgnoreCase) ? 0 : 12;
        }
        return true;
    }

    /// <summary>Numeric dates: y/m/d when the first part has four digits, d/m/y when the first part exceeds 12 or dots are used, else m/d/y.</summary>
    private static bool ReadNumericDate(Match numeric, ref DateParts parts)
    {
        if (parts.Year is not null || parts.Day is not null)
        {
            return false;
        }
        var a = numeric.Groups[1].Value;
        var b = int.Parse(numeric.Groups[3].Value, CultureInfo.InvariantCulture);
        var c = numeric.Groups[4].Value;
        var first = int.Parse(a, CultureInfo.InvariantCulture);
        if (a.Length == 4)
        {
            (parts.Year, parts.Month, parts.Day) = (first, b, int.Parse(c, CultureInfo.InvariantCulture));
            return true;
        }
        var dayFirst = first > 12 || numeric.Groups[2].Value == ".";
        parts.Day = dayFirst ? first : b;
        parts.Month = dayFirst ? b : first;
        return ReadNumber(c, ref parts);
    }

    private static bool IsNumber(string token) => token.Length is > 0 and <= 4 && token.All(char.IsAsciiDigit);

    [GeneratedRegex(@"^[^\s\d,]+\.?,")]
    private static partial Regex FirstWithComma();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?(?<p>am|pm)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"^(\d{1,4})([/.])(\d{1,2})[/.](\d{2,4})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)$")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(GMT|UTC|UT)?([+-]?\d{2}:?\d{2}|[+-]\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Zone();
}
