namespace Masthead.Feeds.Dates;

/// <summary>
/// The fast path for the date form Atom and dc:date nearly always carry, RFC 3339 section 5.6 exactly:
/// "2006-01-02T15:04:05Z", with optional fractional seconds (ignored, as <see cref="IsoDates"/> ignores them) and a
/// zone written Z or +hh:mm. It builds the same <see cref="DateParts"/> the ISO 8601 regex path would, without the
/// regex; anything else, and anything that fails validation, falls through to <see cref="IsoDates"/> unchanged.
/// </summary>
internal static class Rfc3339Dates
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        // "YYYY-MM-DDTHH:MM:SS" is 19 characters; a fraction and the zone may follow.
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }
        if (!DateDigits.Digits(s[..4], out var year) || !DateDigits.Digits(s.Slice(5, 2), out var month) || !DateDigits.Digits(s.Slice(8, 2), out var day)
            || !DateDigits.Digits(s.Slice(11, 2), out var hour) || !DateDigits.Digits(s.Slice(14, 2), out var minute) || !DateDigits.Digits(s.Slice(17, 2), out var second))
        {
            return false;
        }
        var rest = s[19..];
        if (rest.Length > 1 && rest[0] is '.' or ',' && char.IsAsciiDigit(rest[1]))
        {
            rest = rest[1..];
            rest = rest[(rest.IndexOfAnyExceptInRange('0', '9') is var end and >= 0 ? end : rest.Length)..];
        }
        int? offset;
        if (rest.IsEmpty)
        {
            offset = null;
        }
        else if (rest is "Z")
        {
            offset = 0;
        }
        else if (DateDigits.TryOffset(rest, colon: true, out var minutes))
        {
            offset = minutes;
        }
        else
        {
            return false;
        }
        return new DateParts { Year = year, Month = month, Day = day, Hour = hour, Minute = minute, Second = second, OffsetMinutes = offset }.TryBuild(out value);
    }
}
