namespace Masthead.Feeds.Dates;

/// <summary>The fixed-width pieces the regex-free date fast paths (<see cref="Rfc1123Dates"/>, <see cref="Rfc3339Dates"/>) share.</summary>
internal static class DateDigits
{
    /// <summary>All of <paramref name="s"/> as a non-negative decimal number; false when any character is not an ASCII digit.</summary>
    public static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    /// <summary>A numeric zone, "+hhmm" or (with <paramref name="colon"/>) "+hh:mm", as minutes east of UTC.</summary>
    public static bool TryOffset(ReadOnlySpan<char> zone, bool colon, out int minutes)
    {
        minutes = 0;
        var mm = colon ? 4 : 3;
        if (zone.Length != mm + 2 || zone[0] is not ('+' or '-') || (colon && zone[3] != ':')
            || !Digits(zone.Slice(1, 2), out var hours) || !Digits(zone.Slice(mm, 2), out var mins) || hours >= 24 || mins >= 60)
        {
            return false;
        }
        minutes = (zone[0] == '-' ? -1 : 1) * ((hours * 60) + mins);
        return true;
    }
}
