using System.Globalization;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Sitemap;

/// <summary>Reads urlset and sitemapindex element trees (namespaces are not checked: many sitemaps get them wrong).</summary>
internal static class SitemapReader
{
    public static SitemapUrl? Url(XmlNode url)
    {
        var loc = Text(url, "loc");
        if (string.IsNullOrEmpty(loc))
        {
            return null;
        }
        var news = Child(url, "news");
        var publication = news is null ? null : Child(news, "publication");
        return new SitemapUrl
        {
            Loc = loc,
            LastModified = Date(Text(url, "lastmod")),
            ChangeFrequency = Text(url, "changefreq"),
            Priority = double.TryParse(Text(url, "priority"), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null,
            NewsTitle = news is null ? null : Text(news, "title"),
            NewsPublished = news is null ? null : Date(Text(news, "publication_date")),
            NewsPublication = publication is null ? null : Text(publication, "name"),
            NewsLanguage = publication is null ? null : Text(publication, "language"),
            NewsKeywords = news is null ? [] : (Text(news, "keywords") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Images = url.Children.Where(c => c.LocalName == "image").Select(i => Text(i, "loc")).OfType<string>().ToList(),
        };
    }

    public static string? Text(XmlNode parent, string name) => Child(parent, name)?.Text.Trim() is { Length: > 0 } text ? text : null;

    private static XmlNode? Child(XmlNode parent, string name) => parent.Children.FirstOrDefault(c => !c.IsText && c.LocalName == name);

    private static DateTimeOffset? Date(string? text) => FeedDates.TryParse(text, out var value) ? value : null;
}
