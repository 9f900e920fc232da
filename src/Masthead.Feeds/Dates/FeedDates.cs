using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Masthead.Feeds;

/// <summary>
/// Dates in feeds: ISO 8601 / RFC 3339 / W3C-DTF first (Atom, dc:date), then RFC 822 and its real-world
/// variants (RSS pubDate), then the Korean forms some Asian blog engines write, then Unix epoch seconds.
/// A date without a zone is read as UTC. Unparseable text is rejected, never guessed.
/// </summary>
public static partial class FeedDates
{
    /// <remarks>
    /// Not inlined: inlined into a caller (DateStamp.From, with PGO) together with the fast paths it inlines, it used
    /// up the JIT's inlining budget there, and span slicing and constructors in the fast paths became calls (about
    /// 50 ns more per date, more than the parse itself).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 128)
        {
            return false;
        }
        var trimmed = text.Trim();
        if (Dates.Rfc1123Dates.TryParse(trimmed, out value) || Dates.Rfc3339Dates.TryParse(trimmed, out value))
        {
            return true;
        }
        if (Dates.IsoDates.TryParse(trimmed, out value) || Dates.WordDates.TryParse(trimmed, out value))
        {
            return true;
        }
        var localized = Dates.LocalizedDates.Normalize(trimmed);
        if (localized is not null && (Dates.IsoDates.TryParse(localized, out value) || Dates.WordDates.TryParse(localized, out value)))
        {
            return true;
        }
        return TryEpoch(trimmed, out value);
    }

    private static bool TryEpoch(string text, out DateTimeOffset value)
    {
        value = default;
        if (!Epoch().IsMatch(text) || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }
        value = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    [GeneratedRegex(@"^\d{9,10}$")]
    private static partial Regex Epoch();
}
