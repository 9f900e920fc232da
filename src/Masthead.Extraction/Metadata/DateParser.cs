using System.Globalization;
using System.Text.RegularExpressions;

namespace Masthead.Extraction.Metadata;

/// <summary>
/// Parses the dates pages write: ISO 8601 / RFC 3339 (the norm for JSON-LD and article:published_time),
/// RFC 1123, and common loose forms. A date without an offset is taken as UTC.
/// </summary>
internal static partial class DateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzz", "yyyy-MM-dd'T'HH:mm:sszz",
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss zzz", "r",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        if (text.Length > 64)
        {
            return null;
        }
        // "+0000" offsets (no colon) are common in meta tags; .NET's zzz wants "+00:00".
        text = CompactOffset().Replace(text, "$1$2:$3");
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return Plausible(exact);
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var loose))
        {
            return Plausible(loose);
        }
        if (long.TryParse(text, out var epoch) && epoch > 631152000 && epoch < 4102444800)
        {
            return DateTimeOffset.FromUnixTimeSeconds(epoch);
        }
        return null;
    }

    private static DateTimeOffset? Plausible(DateTimeOffset value) => value.Year is >= 1990 and <= 2100 ? value : null;

    [GeneratedRegex(@"([T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s?([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();
}
