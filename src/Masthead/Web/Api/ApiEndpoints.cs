using Masthead.Storage.Reading;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Masthead.Web.Api;

/// <summary>The JSON API under /api (described by the OpenAPI document at /openapi/v1.json).</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapMastheadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Masthead");
        api.MapGet("/articles", Articles).WithSummary("Newest articles, filtered by url, outlet or hashtag, paged by limit and offset.");
        api.MapGet("/articles/{id:long}", Article).WithSummary("One article with its text, sanitised HTML, lead image and summary.");
        api.MapGet("/search", Search).WithSummary("Full-text search: words, \"phrases\", outlet:NAME, tag:NAME; BM25-ranked.");
        api.MapGet("/sources", Sources).WithSummary("The sources followed, with their health.");
        api.MapGet("/hashtags", Hashtags).WithSummary("The channel's hashtags with article counts.");
        return app;
    }

    private static async Task<Ok<ApiPage<ApiArticle>>> Articles(SiteRuntime r, string? url, string? outlet, string? tag, int? limit, int? offset)
    {
        var page = await r.Store.ListArticlesAsync(new ArticleFilter
        {
            Url = string.IsNullOrWhiteSpace(url) ? null : url,
            Outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet,
            Tag = string.IsNullOrWhiteSpace(tag) ? null : tag,
            Limit = limit ?? 20,
            Offset = offset ?? 0,
        }).ConfigureAwait(false);
        return TypedResults.Ok(new ApiPage<ApiArticle>(page.Total, [.. page.Items.Select(ToApi)]));
    }

    private static async Task<Results<Ok<ApiArticleDetail>, NotFound>> Article(SiteRuntime r, long id)
    {
        var a = await r.Store.GetArticleAsync(id).ConfigureAwait(false);
        if (a is null)
        {
            return TypedResults.NotFound();
        }
        var html = a.FullTextAllowed ? Core.Html.SafeHtml.Sanitize(a.Html, a.Url) : "";
        var text = a.FullTextAllowed ? a.Text : Html.Clip(a.Excerpt ?? a.Text, Html.ExcerptChars);
        return TypedResults.Ok(new ApiArticleDetail(a.Id, a.Url, a.Title, a.Outlet, a.Author, a.Published, Tags(a.Hashtag),
            Paths.Article(a.Id, a.Title), text, html, a.Image, a.SummaryShort ?? a.Excerpt, a.StoryId));
    }

    private static async Task<Ok<ApiPage<ApiSearchHit>>> Search(SiteRuntime r, string? q, int? limit, int? offset)
    {
        var page = await r.Store.SearchAsync(q ?? "", limit ?? 20, offset ?? 0).ConfigureAwait(false);
        return TypedResults.Ok(new ApiPage<ApiSearchHit>(page.Total, [.. page.Items.Select(h => new ApiSearchHit(ToApi(h.Article), h.Rank, Html.Marked(h.Snippet)))]));
    }

    private static async Task<Ok<List<ApiSource>>> Sources(SiteRuntime r)
    {
        var health = await r.Store.GetSourceHealthAsync().ConfigureAwait(false);
        return TypedResults.Ok(health.Select(h => new ApiSource(h.Source.Id, h.Source.Name, h.Source.FeedUrl, h.Source.SiteUrl, h.Source.IconUrl,
            h.Source.FullText, h.Status, h.Articles, h.Source.State.LastFetched, h.Source.State.NextAttempt, h.Source.State.LastError,
            h.Source.State.ErrorCount)).ToList());
    }

    private static async Task<Ok<List<ApiHashtag>>> Hashtags(SiteRuntime r)
    {
        var counts = (await r.Store.GetHashtagsAsync().ConfigureAwait(false)).ToDictionary(c => c.Name, c => c.Count, StringComparer.OrdinalIgnoreCase);
        return TypedResults.Ok(r.Channel.Hashtags.Select(t => new ApiHashtag(t, counts.GetValueOrDefault(t), Paths.Tag(t))).ToList());
    }

    private static ApiArticle ToApi(ArticleSummary a) =>
        new(a.Id, a.Url, a.Title, a.Outlet, a.Author, a.Published, Tags(a.Hashtag), Paths.Article(a.Id, a.Title));

    private static string[] Tags(string? hashtag) => hashtag is null ? [] : [hashtag];
}
