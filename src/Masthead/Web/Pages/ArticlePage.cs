using System.Text;
using Masthead.Core.Html;
using Masthead.Crawling.Model;
using Masthead.Web.Media;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Pages;

/// <summary>
/// The article page: every element of the reference page, each marked with data-part (back, topic, outlet,
/// author, headline, original, lead-image, body, hashtags, published; the frame adds masthead, dateline,
/// online, hometown and sponsor).
/// </summary>
public static class ArticlePage
{
    private static readonly TimeSpan BodyCacheTime = TimeSpan.FromMinutes(2);

    public static async Task<IResult> Handle(HttpContext http, SiteRuntime runtime, long id)
    {
        var site = runtime.Context(http);
        // The page's own part (everything but the frame) is kept for a while; a re-saved article shows after that.
        var rendered = await runtime.CachedAsync("article:" + id, BodyCacheTime, () => Render(runtime, site, id)).ConfigureAwait(false);
        if (rendered is null)
        {
            return PageResults.NotFound(site, "That article");
        }
        return PageResults.Page(site, rendered.Value.Meta, rendered.Value.Main);
    }

    private static async Task<(PageMeta Meta, string Main)?> Render(SiteRuntime runtime, SiteContext site, long id)
    {
        var article = await runtime.Store.GetArticleAsync(id).ConfigureAwait(false);
        if (article is null)
        {
            return null;
        }
        var icon = article.SourceId is long sid ? (await runtime.Store.GetSourceAsync(sid).ConfigureAwait(false))?.IconUrl ?? "" : "";
        var path = Paths.Article(article.Id, article.Title);
        var meta = new PageMeta
        {
            Title = article.Title + " · " + runtime.Channel.Name,
            Description = Html.Clip(article.Excerpt ?? article.Text, Html.DescriptionChars),
            Path = path,
            HeadExtra = ArticleHead.Render(site, article, path),
            CurrentTag = article.Hashtag,
        };
        return (meta, Content(site, article, icon, BodyImages.Localise(Body(article), site)));
    }

    private static string Content(SiteContext site, Article a, string icon, string body)
    {
        var sb = new StringBuilder(body.Length + 4000);
        sb.Append("<nav class=\"articlenav\" aria-label=\"Article\"><a data-part=\"back\" href=\"/\">← Back</a>");
        var topic = a.Hashtag ?? site.Channel.Hashtags[^1];
        sb.Append("<a data-part=\"topic\" href=\"").Append(Html.E(Paths.Tag(topic))).Append("\">More ").Append(Html.E(topic)).Append("</a></nav>\n");
        sb.Append("<article class=\"story\">\n<p class=\"byline\"><a data-part=\"outlet\" class=\"outlet\" href=\"").Append(Html.E(Paths.Outlet(a.Outlet))).Append("\">")
          .Append(Html.OutletIcon(site, a.Outlet, icon)).Append(Html.E(a.Outlet)).Append("</a>")
          .Append("<span data-part=\"author\">").Append(string.IsNullOrWhiteSpace(a.Author) ? "Staff report" : "By " + Html.E(a.Author)).Append("</span>");
        var when = a.Published ?? a.FetchedAt;
        sb.Append("<time data-part=\"published\" datetime=\"").Append(TimeText.Iso(when)).Append("\">")
          .Append(a.Published is null ? "Added " : "").Append(Html.E(TimeText.DateTime(when, site.Zone))).Append("</time></p>\n");
        sb.Append("<h1 data-part=\"headline\">").Append(Html.E(a.Title)).Append("</h1>\n");
        sb.Append("<p class=\"original\">Original: <a data-part=\"original\" href=\"").Append(Html.E(a.Url)).Append("\" rel=\"nofollow noopener\">")
          .Append(Html.E(a.Url)).Append("</a></p>\n");
        if (Urls.IsHttp(a.Image))
        {
            sb.Append("<figure data-part=\"lead-image\"><img src=\"").Append(Html.E(site.Image(a.Image!))).Append("\" alt=\"")
              .Append(Html.E(string.IsNullOrWhiteSpace(a.ImageAlt) ? a.Title : a.ImageAlt))
              .Append("\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">");
            if (!string.IsNullOrWhiteSpace(a.ImageCaption))
            {
                sb.Append("<figcaption>").Append(Html.E(a.ImageCaption)).Append("</figcaption>");
            }
            sb.Append("</figure>\n");
        }
        sb.Append("<div class=\"body\" data-part=\"body\">\n").Append(body).Append("</div>\n");
        sb.Append("<ul class=\"tags\" data-part=\"hashtags\" aria-label=\"Hashtags\">");
        foreach (var tag in new[] { a.Hashtag }.Where(t => t is not null))
        {
            sb.Append("<li><a href=\"").Append(Html.E(Paths.Tag(tag!))).Append("\">").Append(Html.E(tag)).Append("</a></li>");
        }
        sb.Append("</ul>\n");
        if (a.StoryId is not null)
        {
            sb.Append("<p><a href=\"").Append(Html.E(Paths.Story(a.StoryId))).Append("\">Every report of this story</a></p>\n");
        }
        sb.Append("</article>\n");
        return sb.ToString();
    }

    /// <summary>Full text where the source allows it (sanitised again here: the page never trusts the store), else the excerpt and a link.</summary>
    private static string Body(Article a)
    {
        if (a.FullTextAllowed && !string.IsNullOrWhiteSpace(a.Html))
        {
            return SafeHtml.Sanitize(a.Html, a.Url);
        }
        if (a.FullTextAllowed && !string.IsNullOrWhiteSpace(a.Text))
        {
            return string.Concat(a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => "<p>" + Html.E(p) + "</p>\n"));
        }
        var excerpt = Html.Clip(string.IsNullOrWhiteSpace(a.Excerpt) ? a.Text : a.Excerpt, Html.ExcerptChars);
        return $"<p>{Html.E(excerpt)}</p>\n<p class=\"continue\"><a href=\"{Html.E(a.Url)}\" rel=\"nofollow noopener\">Continue at {Html.E(a.Outlet)} →</a></p>\n";
    }
}
