namespace Masthead.Crawling.Tests.Support;

/// <summary>Small RSS feeds and article pages for pipeline tests.</summary>
public static class TestPages
{
    public static string Rss(params (string Title, string Link, string Description)[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test feed</title><link>https://news.example/</link>"
        + string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{System.Security.SecurityElement.Escape(i.Link)}</link><guid>{System.Security.SecurityElement.Escape(i.Link)}</guid><description>{i.Description}</description><pubDate>Fri, 27 Nov 2026 10:00:00 GMT</pubDate></item>"))
        + "</channel></rss>";

    public static string Article(string title, string topic) =>
        $"<!doctype html><html><head><title>{title}</title><meta property=\"og:site_name\" content=\"Example News\"></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
        + string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} about {topic}: officials said on Friday that the plan for {topic} would be reviewed again next month, "
            + $"after a long debate in which residents, experts and local leaders described what {topic} means for the region. ({i})</p>"))
        + "</article><footer>Copyright Example News</footer></body></html>";
}
