using Masthead.Crawling.Model;

namespace Masthead.Crawling.Pipeline;

/// <summary>
/// Builds the stored article from what was found: the extracted page (preferred), with the feed entry
/// filling gaps; or the feed entry alone when the page could not be used (FromFeedOnly, with the reason).
/// </summary>
public static class ArticleBuilder
{
    private const int ExcerptChars = 300;

    public static Article FromPage(Source? source, FeedItem? entry, string url, string canonical, PageContent page, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new Article
        {
            SourceId = source?.Id,
            Outlet = OutletOf(source, page.SiteName, url),
            Url = url,
            CanonicalUrl = canonical,
            EntryIdentity = entry?.Identity,
            // The feed's headline is the publisher's own; the page title often carries a site suffix.
            Title = FirstText(entry?.Title, page.Title) ?? url,
            Author = FirstText(page.Author, entry?.Author),
            Published = page.Published ?? entry?.Published,
            Modified = page.Modified ?? entry?.Updated,
            FetchedAt = now,
            Image = FirstText(page.Image, entry?.ImageUrl),
            ImageAlt = page.ImageAlt,
            ImageCaption = page.ImageCaption,
            SiteName = page.SiteName,
            Language = page.Language,
            // The feed's HTML is parsed to text only when the page gave no description.
            Excerpt = Excerpt(FirstText(page.Description) ?? FirstText(HtmlText.ToText(entry?.Html)), page.Text),
            Text = page.Text,
            Html = page.Html,
            FullTextAllowed = source?.FullText ?? true,
        };
    }

    public static Article FromFeed(Source source, FeedItem entry, string url, string canonical, string pageError, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(entry);
        var text = HtmlText.ToText(entry.Html);
        return new Article
        {
            SourceId = source.Id,
            Outlet = OutletOf(source, null, url),
            Url = url,
            CanonicalUrl = canonical,
            EntryIdentity = entry.Identity,
            Title = FirstText(entry.Title) ?? FirstText(text.Split('\n', 2)[0]) ?? url,
            Author = entry.Author,
            Published = entry.Published,
            Modified = entry.Updated,
            FetchedAt = now,
            Image = entry.ImageUrl,
            Excerpt = Excerpt(null, text),
            Text = text,
            Html = entry.Html ?? "",
            FromFeedOnly = true,
            PageError = pageError,
            FullTextAllowed = source.FullText,
        };
    }

    private static string OutletOf(Source? source, string? siteName, string url) =>
        FirstText(source?.Name, siteName) ?? (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url);

    private static string? FirstText(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static string? Excerpt(string? description, string text)
    {
        var excerpt = FirstText(description, text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());
        return excerpt is { Length: > ExcerptChars } ? excerpt[..ExcerptChars].TrimEnd() + "…" : excerpt;
    }
}
