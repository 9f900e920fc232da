using System.Text;

namespace Masthead.Feeds.Tests.Parsing;

/// <summary>One small document per format and per tolerance rule, with the fields the model must carry.</summary>
public sealed class FeedFormatTests
{
    public static TheoryData<string, string, string, string?, int> Formats => new()
    {
        { "rss 2.0", "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><guid>g1</guid></item></channel></rss>", "rss20", "T", 1 },
        { "rss 0.91", "<rss version=\"0.91\"><channel><title>T</title><item><title>A</title><link>http://x/a</link></item></channel></rss>", "rss091u", "T", 1 },
        { "rss 1.0", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"http://x/\"><title>T</title></channel><item rdf:about=\"http://x/a\"><title>A</title><link>http://x/a</link></item></rdf:RDF>", "rss10", "T", 1 },
        { "rss 0.90", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel><title>T</title></channel><item><title>A</title><link>http://x/a</link></item></rdf:RDF>", "rss090", "T", 1 },
        { "atom 1.0", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><id>urn:1</id><title>A</title></entry></feed>", "atom10", "T", 1 },
        { "atom 0.3", "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>T</title><entry><id>urn:1</id><title>A</title></entry></feed>", "atom03", "T", 1 },
        { "json feed 1.1", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[{\"id\":\"1\",\"content_text\":\"x\"}]}", "json11", "T", 1 },
        { "json feed 1.0", "{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"T\",\"items\":[{\"id\":\"1\",\"content_html\":\"<p>x</p>\"}]}", "json10", "T", 1 },
        { "undeclared entity", "<rss version=\"2.0\"><channel><title>caf&eacute;&nbsp;</title><item><title>A</title></item></channel></rss>", "rss20", "café", 1 },
        { "unclosed tags", "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><item><title>B</title>", "rss20", "T", 1 },
        { "whitespace and BOM before declaration", "\uFEFF  \n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title></channel></rss>", "rss20", "T", 0 },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Format_is_detected_and_read(string name, string document, string format, string? title, int entries)
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(document));
        Assert.True(feed.Error is null, name + ": " + feed.Error);
        Assert.Equal(format, feed.Format);
        Assert.Equal(title, feed.Title?.TrimEnd('\u00a0'));
        Assert.True(entries <= feed.Entries.Count, name);
    }

    [Theory]
    [InlineData("guid wins", "<item><guid>urn:g</guid><link>http://x/a</link><title>t</title></item>", "urn:g")]
    [InlineData("link without guid", "<item><link>http://x/a</link><title>t</title></item>", "http://x/a")]
    [InlineData("hash without both", "<item><title>t</title><description>d</description></item>", "sha256:")]
    public void Identity_is_guid_then_link_then_hash(string name, string item, string expectedPrefix)
    {
        var bytes = Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>T</title>{item}</channel></rss>");
        var first = FeedParser.Parse(bytes).Entries.Single();
        var second = FeedParser.Parse(bytes).Entries.Single();
        Assert.StartsWith(expectedPrefix, first.Identity, StringComparison.Ordinal);
        Assert.True(first.Identity == second.Identity, name + ": identity must be stable");
    }

    [Fact]
    public void Html_is_sanitized_and_urls_resolved()
    {
        var xml = "<rss version=\"2.0\" xml:base=\"http://example.com/blog/\"><channel><title>T</title><item><title>A &amp;lt;b&amp;gt;</title>"
            + "<description>&lt;p onclick=\"x()\"&gt;Hi &lt;a href=\"post/1\"&gt;more&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt;&lt;/p&gt;</description></item></channel></rss>";
        var entry = FeedParser.Parse(Encoding.UTF8.GetBytes(xml)).Entries.Single();
        Assert.Equal("<p>Hi <a href=\"http://example.com/blog/post/1\">more</a><a>x</a></p>", entry.Summary);
    }

    [Fact]
    public void Http_charset_overrides_the_declaration_and_content_location_is_the_base()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>caf\u00e9</title><link>a/b</link></channel></rss>");
        var request = new FeedRequest
        {
            Url = "http://example.com/feed",
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/rss+xml; charset=iso-8859-1", ["Content-Location"] = "http://cdn.example.com/x/" },
        };
        var feed = FeedParser.Parse(bytes, request);
        Assert.Equal("café", feed.Title);
        Assert.Equal("iso-8859-1", feed.Encoding);
        Assert.Equal("http://cdn.example.com/x/a/b", feed.Link);
    }

    [Fact]
    public void Namespaces_fill_the_model()
    {
        var xml = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
            + "<channel><title>T</title><ttl>30</ttl><skipHours><hour>3</hour></skipHours><item><title>A</title><dc:creator>Jane Doe</dc:creator><dc:date>2024-01-02T03:04:05Z</dc:date>"
            + "<content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded><media:content url=\"http://x/i.jpg\" type=\"image/jpeg\"/>"
            + "<enclosure url=\"http://x/a.mp3\" length=\"123\" type=\"audio/mpeg\"/><category>World</category></item></channel></rss>";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));
        var entry = feed.Entries.Single();
        Assert.Equal(TimeSpan.FromMinutes(30), feed.Ttl);
        Assert.Equal([3], feed.SkipHours);
        Assert.Equal("Jane Doe", entry.Authors.Single().Name);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), entry.Updated);
        Assert.Equal("<p>Body</p>", entry.Content);
        Assert.Contains(entry.Enclosures, e => e is { Url: "http://x/a.mp3", Length: 123, Type: "audio/mpeg" });
        Assert.Equal("http://x/i.jpg", entry.ImageUrl);
        Assert.Equal(["World"], entry.Categories);
    }
}
