using System.Text;
using Masthead.Core;

namespace Masthead.Feeds.Tests.BadInput;

/// <summary>
/// Hostile and broken input: each case ends in a clear error or a bounded best effort, never a crash, a hang,
/// a file read or a network call from inside the XML.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public void Zero_byte_file_is_a_clear_error()
    {
        var feed = FeedParser.Parse(Array.Empty<byte>());
        Assert.Equal("empty document", feed.Error);
        Assert.True(feed.Bozo);
        Assert.Empty(feed.Entries);
    }

    [Fact]
    public void Html_page_is_not_a_feed()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Hi</title></head><body><p>news & views</body></html>"));
        Assert.StartsWith("not a feed", feed.Error);
        Assert.Contains("html", feed.Error);
    }

    [Fact]
    public void Binary_garbage_is_a_clear_error()
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x89; // not '<', not '{'
        var feed = FeedParser.Parse(bytes);
        Assert.NotNull(feed.Error);
        Assert.Empty(feed.Entries);
    }

    [Fact]
    public void Billion_laughs_is_not_expanded()
    {
        var doctype = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            doctype.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10)).Replace("&lol0;", "&lol;")}\">");
        }
        doctype.Append("]><rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title></item></channel></rss>");
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(doctype.ToString()));
        Assert.True(feed.Bozo);
        Assert.True((feed.Title ?? "").Length < 1000, "the entity bomb must not be expanded");
        Assert.Single(feed.Entries);
    }

    [Fact]
    public void External_entity_is_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), "masthead-xxe-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(secret, "TOP-SECRET");
        try
        {
            var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://{secret}\">]><rss version=\"2.0\"><channel><title>a&xxe;b</title></channel></rss>";
            var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));
            Assert.DoesNotContain("TOP-SECRET", feed.Title ?? "");
            Assert.True(feed.Bozo);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Ten_thousand_entries_are_all_read()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(Generated(10_000, 20)));
        Assert.Equal(10_000, feed.Entries.Count);
        Assert.False(feed.Bozo);
        Assert.Equal(10_000, feed.Entries.Select(e => e.Identity).Distinct().Count());
    }

    [Fact]
    public void Entries_past_the_limit_are_dropped_with_a_problem()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(Generated(Limits.MaxFeedEntries + 5, 5)));
        Assert.Equal(Limits.MaxFeedEntries, feed.Entries.Count);
        Assert.Contains(feed.Problems, p => p.Contains("MaxFeedEntries", StringComparison.Ordinal));
    }

    [Fact]
    public void Hundred_megabyte_feed_is_refused_by_the_size_limit()
    {
        var bytes = new byte[100 * 1024 * 1024];
        var head = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>big</title><item><description>");
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length).Fill((byte)'x');
        var feed = FeedParser.Parse(bytes);
        Assert.Contains("MaxFeedBytes", feed.Error);
        Assert.Empty(feed.Entries);
    }

    [Fact]
    public void Feed_just_under_the_size_limit_is_parsed()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(Generated(2_000, 8_000)));
        Assert.Null(feed.Error);
        Assert.Equal(2_000, feed.Entries.Count);
    }

    private static string Generated(int items, int bodyChars)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>gen</title><link>http://example.com/</link>");
        var body = new string('a', bodyChars);
        for (var i = 0; i < items; i++)
        {
            builder.Append($"<item><title>Item {i}</title><link>http://example.com/{i}</link><description>&lt;p&gt;{body}&lt;/p&gt;</description><pubDate>Mon, 02 Jan 2006 15:04:05 GMT</pubDate></item>");
        }
        return builder.Append("</channel></rss>").ToString();
    }
}
