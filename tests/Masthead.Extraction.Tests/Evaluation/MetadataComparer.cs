using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Masthead.Extraction.Tests.Evaluation;

/// <summary>
/// How an extracted field is judged against an expected one. Text is compared after entity decoding, case and
/// whitespace folding and quote unification; bylines by the names we found appearing in the expected byline; times as
/// instants (a time written without offset is UTC); images as absolute URLs.
/// </summary>
public static partial class MetadataComparer
{
    public static bool Agrees(string field, string expected, ExtractedArticle article) => field switch
    {
        "title" => Text(expected) == Text(article.Title),
        "siteName" => Text(expected) == Text(article.SiteName),
        "byline" => BylineAgrees(expected, article.Authors),
        "published" => SameInstant(expected, article.Published),
        "image" => SameUrl(expected, article.Image),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown field"),
    };

    public static string Text(string? value)
    {
        var decoded = WebUtility.HtmlDecode(value ?? string.Empty)
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Replace('\u00A0', ' ');
        return Spaces().Replace(decoded, " ").Trim().ToLowerInvariant();
    }

    /// <summary>
    /// The suites' bylines are raw page text ("By Jane Doe March 3, 2015", "Written by A Edited by B"): ours agree
    /// when we found at least one name and every name we found is in the expected byline, in order of words.
    /// </summary>
    private static bool BylineAgrees(string expected, IReadOnlyList<string> authors)
    {
        var want = " " + Words(expected) + " ";
        return authors.Count > 0 && authors.All(a => Words(a).Length > 0 && want.Contains(" " + Words(a) + " ", StringComparison.Ordinal));
    }

    private static string Words(string? value)
    {
        var words = Word().Matches(Text(value)).Select(m => m.Value).ToList();
        if (words.Count > 0 && words[0] == "by")
        {
            words.RemoveAt(0);
        }
        return string.Join(' ', words.Where(w => w != "and"));
    }

    private static bool SameInstant(string expected, DateTimeOffset? actual)
    {
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        var normalized = CompactOffset().Replace(expected.Trim(), "$1:$2");
        return actual is not null && DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, styles, out var value)
            && value.UtcDateTime == actual.Value.UtcDateTime;
    }

    private static bool SameUrl(string expected, string? actual)
    {
        if (actual is null || !Uri.TryCreate(new Uri(MetadataCase.PageUrl), expected.Trim(), out var want)
            || !Uri.TryCreate(actual, UriKind.Absolute, out var got))
        {
            return false;
        }
        return want.AbsoluteUri == got.AbsoluteUri;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();
}
