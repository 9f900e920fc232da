using System.Globalization;
using Masthead.Extraction;

namespace Masthead.Cli;

/// <summary>The JSON line of <c>masthead extract --json</c> (a contract: field names and order are stable).</summary>
public sealed record ExtractJsonLine(
    string File, string? Url, string? Title, string? Byline, string? Published, string? Modified, string? Image,
    string? ImageAlt, string? SiteName, string? Language, string? Description, string? Canonical, string? Text,
    string? Html, string? Error)
{
    public static ExtractJsonLine From(string file, ExtractedArticle a) => new(
        file, a.Url, a.Title, a.Byline, Iso(a.Published), Iso(a.Modified), a.Image, a.ImageAlt, a.SiteName, a.Language,
        a.Description, a.Canonical, a.Error is null ? a.Text : null, a.Error is null ? a.Html : null, a.Error);

    /// <summary>ISO 8601 with offset (RFC 3339), for example 2019-11-18T10:00:00+00:00.</summary>
    public static string? Iso(DateTimeOffset? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
