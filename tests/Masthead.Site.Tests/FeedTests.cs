using System.Text.Json;
using Masthead.Site.Tests.Tools;

namespace Masthead.Site.Tests;

/// <summary>Every outgoing feed parses back with Universal Feed Parser without the bozo flag.</summary>
[Collection(SiteCollection.Name)]
public sealed class FeedTests(SiteFixture site)
{
    private const string Script = """
        import sys, json, feedparser
        # The served Content-Type goes along, as a fetching reader would see it (JSON Feed is detected by it).
        d = feedparser.parse(sys.stdin.buffer.read(), response_headers={"content-type": sys.argv[1]})
        print(json.dumps({"bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
                          "title": d.feed.get("title", ""), "entries": [e.get("title", "") for e in d.entries],
                          "links": [e.get("link", "") for e in d.entries]}))
        """;

    public static TheoryData<string, string, string> Feeds => new()
    {
        { "channel RSS", "/rss.xml", "rss20" },
        { "channel Atom", "/atom.xml", "atom10" },
        { "hashtag RSS", "/tag/politics/rss.xml", "rss20" },
        { "hashtag Atom", "/tag/politics/atom.xml", "atom10" },
        { "outlet RSS", "/outlet/Alpha%20Wire/rss.xml", "rss20" },
        { "outlet Atom", "/outlet/Alpha%20Wire/atom.xml", "atom10" },
    };

    [ToolTheory(ExternalTools.FeedParser)]
    [MemberData(nameof(Feeds))]
    public async Task Feed_ParsesWithoutBozo(string name, string path, string version)
    {
        Assert.NotEmpty(name);
        using var response = await site.Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        var (exit, output, error) = ExternalTools.Run(ExternalTools.Python, body, "-c", Script, response.Content.Headers.ContentType!.ToString());
        Assert.True(exit == 0, error);
        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        Assert.False(root.GetProperty("bozo").GetBoolean(), root.GetProperty("error").GetString());
        Assert.Equal(version, root.GetProperty("version").GetString());
        Assert.Contains("Senate passes the budget bill", root.GetProperty("entries").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("http://localhost:5000" + SiteFixture.ArticlePath(site.Full), root.GetProperty("links").EnumerateArray().Select(e => e.GetString()));
    }

    /// <summary>
    /// Debian's feedparser (6.0) predates its JSON Feed support, so JSON Feed is checked against the 1.1
    /// specification's required members here (https://www.jsonfeed.org/version/1.1/).
    /// </summary>
    [Theory]
    [InlineData("channel", "/feed.json")]
    [InlineData("hashtag", "/tag/politics/feed.json")]
    [InlineData("outlet", "/outlet/Alpha%20Wire/feed.json")]
    public async Task JsonFeed_FollowsVersion11(string name, string path)
    {
        Assert.NotEmpty(name);
        using var response = await site.Client.GetAsync(path);
        Assert.Equal("application/feed+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.EndsWith(path, root.GetProperty("feed_url").GetString(), StringComparison.Ordinal);
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
            Assert.True(item.TryGetProperty("content_text", out _) || item.TryGetProperty("content_html", out _));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.Equal(JsonValueKind.Array, item.GetProperty("authors").ValueKind);
        }
    }

    /// <summary>Masthead reads its own outgoing feeds back too, JSON Feed included.</summary>
    [Theory]
    [InlineData("channel RSS", "/rss.xml")]
    [InlineData("channel Atom", "/atom.xml")]
    [InlineData("channel JSON Feed", "/feed.json")]
    [InlineData("hashtag JSON Feed", "/tag/politics/feed.json")]
    public async Task Feed_ReadsBackWithMastheadsOwnParser(string name, string path)
    {
        Assert.NotEmpty(name);
        using var response = await site.Client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var feed = Masthead.Feeds.FeedParser.Parse(bytes, new Masthead.Feeds.FeedRequest
        {
            Url = site.BaseAddress + path,
            Headers = new Dictionary<string, string> { ["Content-Type"] = response.Content.Headers.ContentType!.ToString() },
        });
        Assert.False(feed.Bozo, string.Join("; ", feed.Problems));
        Assert.Contains(feed.Entries, e => e.Title == "Senate passes the budget bill" && e.Link == "http://localhost:5000" + SiteFixture.ArticlePath(site.Full));
    }

    [Fact]
    public async Task Feed_OfUnknownOutletIs404()
    {
        using var response = await site.Client.GetAsync("/outlet/Nobody/rss.xml");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
