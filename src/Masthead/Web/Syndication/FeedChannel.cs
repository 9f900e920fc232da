using Masthead.Storage.Reading;

namespace Masthead.Web.Syndication;

/// <summary>One outgoing feed before serialisation: the site, a scope (all, a hashtag, an outlet) and its newest items.</summary>
public sealed record FeedChannel(
    string Title, string Description, string Language, string HomeUrl, string SelfBase, DateTimeOffset Updated,
    IReadOnlyList<FeedItem> Items);

/// <summary>An item: our article page, the original, and the excerpt.</summary>
public sealed record FeedItem(string Url, string OriginalUrl, string Title, string Summary, string Outlet, string? Author,
    DateTimeOffset Published, string? Hashtag, string? Image)
{
    public static FeedItem From(ArticleSummary a, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new FeedItem(Rendering.Paths.Absolute(baseUrl, Rendering.Paths.Article(a.Id, a.Title)), a.Url, a.Title,
            Rendering.Html.Clip(a.Excerpt, 400), a.Outlet, a.Author, a.Published ?? a.SortTime, a.Hashtag,
            Core.Html.Urls.IsHttp(a.Image) ? a.Image : null);
    }
}
