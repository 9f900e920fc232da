using Masthead.Feeds.Rss;

namespace Masthead.Feeds.Tests.Rss;

/// <summary>The RSS adapter reads a channel's items one after another into one RssItem: nothing of one may reach the next.</summary>
public sealed class RssItemTests
{
    [Fact]
    public void Reset_item_keeps_nothing_of_the_previous_one()
    {
        ResetContract.AssertResetClearsEveryField(new RssItem(), item => item.Reset(), "Reset");
    }

    [Fact]
    public void Items_of_a_channel_each_keep_their_own_fields()
    {
        var xml = """
            <rss version="2.0"><channel><title>t</title>
            <item><title>one</title><category>a</category><enclosure url="http://example.com/1.mp3" type="audio/mpeg"/><guid isPermaLink="false">g1</guid></item>
            <item><title>two</title><link>http://example.com/2</link></item>
            </channel></rss>
            """;
        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml));
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal("g1", feed.Entries[0].Guid);
        Assert.Equal(["a"], feed.Entries[0].Categories);
        Assert.Single(feed.Entries[0].Enclosures);
        Assert.Null(feed.Entries[1].Guid);
        Assert.Empty(feed.Entries[1].Categories);
        Assert.Empty(feed.Entries[1].Enclosures);
        Assert.Equal("http://example.com/2", feed.Entries[1].Link);
    }
}
