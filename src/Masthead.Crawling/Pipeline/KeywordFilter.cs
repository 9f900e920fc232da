using System.Globalization;

namespace Masthead.Crawling.Pipeline;

/// <summary>
/// A source's include and exclude keywords, matched case- and accent-insensitively on whole words of the
/// title and text. Include empty = keep all; any exclude match drops the entry.
/// </summary>
public static class KeywordFilter
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    /// <summary>Null when the entry is kept; else the reason it is dropped.</summary>
    public static string? Check(string title, string text, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
    {
        ArgumentNullException.ThrowIfNull(include);
        ArgumentNullException.ThrowIfNull(exclude);
        var haystack = title + "\n" + text;
        if (exclude.FirstOrDefault(k => ContainsWord(haystack, k)) is { } excluded)
        {
            return $"excluded by keyword '{excluded}'";
        }
        if (include.Count > 0 && !include.Any(k => ContainsWord(haystack, k)))
        {
            return "matches none of the include keywords";
        }
        return null;
    }

    private static bool ContainsWord(string haystack, string keyword)
    {
        if (string.IsNullOrWhiteSpace(keyword))
        {
            return false;
        }
        var needle = keyword.Trim();
        for (var start = 0; start < haystack.Length;)
        {
            var at = Compare.IndexOf(haystack, needle, start, Loose);
            if (at < 0)
            {
                return false;
            }
            var end = at + needle.Length;
            if ((at == 0 || !char.IsLetterOrDigit(haystack[at - 1])) && (end >= haystack.Length || !char.IsLetterOrDigit(haystack[end])))
            {
                return true;
            }
            start = at + 1;
        }
        return false;
    }
}
