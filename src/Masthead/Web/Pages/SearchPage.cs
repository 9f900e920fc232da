using System.Globalization;
using System.Text;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Pages;

/// <summary>Search: words, "phrases", outlet: and tag: filters, BM25-ranked with highlighted snippets, paged.</summary>
public static class SearchPage
{
    private const int PageSize = 20;

    public static async Task<IResult> Handle(HttpContext http, SiteRuntime runtime)
    {
        var site = runtime.Context(http);
        var q = http.Request.Query["q"].ToString().Trim();
        var number = PageResults.PageNumber(http);
        var sb = new StringBuilder(16_000);
        sb.Append("<h1>Search</h1>\n<form role=\"search\" action=\"/search\" method=\"get\"><label for=\"sq\">Words, \"a phrase\", outlet:Name, tag:politics</label><br>")
          .Append("<input type=\"search\" id=\"sq\" name=\"q\" value=\"").Append(Html.E(q)).Append("\" size=\"40\"> <button type=\"submit\">Search</button></form>\n");
        if (q.Length > 0)
        {
            var page = await runtime.Store.SearchAsync(q, PageSize, (number - 1) * PageSize).ConfigureAwait(false);
            sb.Append("<p class=\"meta\" role=\"status\">").Append(page.Total.ToString(CultureInfo.InvariantCulture))
              .Append(page.Total == 1 ? " result" : " results").Append(" for ").Append(Html.E(q)).Append("</p>\n<ul class=\"cards\">\n");
            foreach (var hit in page.Items)
            {
                var title = $"<h3><a href=\"{Html.E(Paths.Article(hit.Article.Id, hit.Article.Title))}\">{Html.Marked(hit.TitleMarked)}</a></h3>";
                var snippet = string.IsNullOrWhiteSpace(hit.Snippet) ? "" : "<p>" + Html.Marked(hit.Snippet) + "</p>";
                var card = new StringBuilder();
                ArticleList.Card(card, site, hit.Article, images: false, snippet);
                // The card's plain headline is replaced by the marked one.
                var plain = card.ToString();
                var h3 = plain.IndexOf("<h3>", StringComparison.Ordinal);
                var end = plain.IndexOf("</h3>", StringComparison.Ordinal) + 5;
                sb.Append(plain[..h3]).Append(title).Append(plain[end..]);
            }
            sb.Append("</ul>\n");
            ListPages.Pager(sb, Paths.Search(q) + "&page=", number, page.Total, PageSize);
        }
        var meta = new PageMeta { Title = (q.Length > 0 ? q + " · " : "") + "Search · " + runtime.Channel.Name, Path = "/search", NoIndex = q.Length > 0 };
        return PageResults.Page(site, meta, sb.ToString());
    }
}
