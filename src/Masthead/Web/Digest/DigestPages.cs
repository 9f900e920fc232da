using System.Globalization;
using System.Text;
using Masthead.Stories;
using Masthead.Web.Pages;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Digest;

/// <summary>The Digest's pages: the latest edition, one edition, the archive, and the e-mail renderings.</summary>
public static class DigestPages
{
    public const int ArchivePageSize = 20;

    public static async Task<IResult> Latest(HttpContext http, SiteRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var edition = await DigestArchive.LoadAsync(runtime.Store, null).ConfigureAwait(false);
        var site = runtime.Context(http);
        if (edition is null)
        {
            var main = "<article data-part=\"digest\"><h1>The Digest</h1><p>No edition yet: the first one is made at the next scheduled time, "
                + "every " + runtime.Channel.Digest.EveryHours.ToString(CultureInfo.InvariantCulture) + " hours.</p></article>\n";
            return PageResults.Page(site, new PageMeta { Title = "The Digest · " + runtime.Channel.Name, Path = "/digest", NoIndex = true }, main);
        }
        return Page(site, runtime, edition, "/digest");
    }

    public static async Task<IResult> Edition(HttpContext http, SiteRuntime runtime, string id)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var edition = await DigestArchive.LoadAsync(runtime.Store, id).ConfigureAwait(false);
        return edition is null ? PageResults.NotFound(runtime.Context(http), "That edition") : Page(runtime.Context(http), runtime, edition, Path(edition.Id));
    }

    public static async Task<IResult> Archive(HttpContext http, SiteRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var site = runtime.Context(http);
        var number = PageResults.PageNumber(http);
        var (total, editions) = await DigestArchive.ListAsync(runtime.Store, ArchivePageSize, (number - 1) * ArchivePageSize).ConfigureAwait(false);
        if (editions.Count == 0 && number > 1)
        {
            return PageResults.NotFound(site, "That page");
        }
        var sb = new StringBuilder(2000 + editions.Count * 300);
        sb.Append("<section data-part=\"digest-archive\">\n<h1>The Digest: archive</h1>\n<p class=\"meta\">")
          .Append(total.ToString(CultureInfo.InvariantCulture)).Append(total == 1 ? " edition" : " editions")
          .Append(" · Follow: <a href=\"/digest/feed.xml\">RSS</a></p>\n<ol>\n");
        foreach (var e in editions)
        {
            sb.Append("<li data-part=\"digest-edition\"><a href=\"").Append(Html.E(Path(e.Id))).Append("\">").Append(Html.E(e.Title)).Append("</a> <span class=\"meta\">")
              .Append(e.ItemCount.ToString(CultureInfo.InvariantCulture)).Append(e.ItemCount == 1 ? " story" : " stories").Append("</span></li>\n");
        }
        sb.Append("</ol>\n");
        ListPages.Pager(sb, "/digest/archive?page=", number, total, ArchivePageSize);
        sb.Append("</section>\n");
        var meta = new PageMeta { Title = "The Digest archive · " + runtime.Channel.Name, Path = number > 1 ? $"/digest/archive?page={number}" : "/digest/archive" };
        return PageResults.Page(site, meta, sb.ToString());
    }

    public static Task<IResult> EmailHtml(HttpContext http, SiteRuntime runtime, string id) =>
        Email(http, runtime, id, DigestRenderer.Html, "text/html; charset=utf-8");

    public static Task<IResult> EmailText(HttpContext http, SiteRuntime runtime, string id) =>
        Email(http, runtime, id, DigestRenderer.PlainText, "text/plain; charset=utf-8");

    public static string Path(string id) => "/digest/" + Uri.EscapeDataString(id);

    private static async Task<IResult> Email(HttpContext http, SiteRuntime runtime, string id, Func<DigestEdition, string> render, string type)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var edition = await DigestArchive.LoadAsync(runtime.Store, id).ConfigureAwait(false);
        return edition is null ? PageResults.NotFound(runtime.Context(http), "That edition") : Results.Text(render(edition), type);
    }

    private static IResult Page(SiteContext site, SiteRuntime runtime, DigestEdition edition, string path)
    {
        var sb = new StringBuilder(DigestHtml.Edition(edition, runtime.Zone));
        var own = Path(edition.Id);
        sb.Append("<p class=\"meta\">This edition by e-mail: <a href=\"").Append(Html.E(own)).Append("/email.html\">HTML</a> · <a href=\"")
          .Append(Html.E(own)).Append("/email.txt\">plain text</a> · <a href=\"/digest/archive\">All editions</a> · <a href=\"/digest/feed.xml\">RSS</a></p>\n");
        var feed = "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"The Digest (RSS)\" href=\"/digest/feed.xml\">\n";
        return PageResults.Page(site, new PageMeta { Title = edition.Title, Path = path, HeadExtra = feed }, sb.ToString());
    }
}
