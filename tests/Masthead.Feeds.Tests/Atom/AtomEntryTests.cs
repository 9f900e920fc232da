using Masthead.Feeds.Atom;

namespace Masthead.Feeds.Tests.Atom;

/// <summary>The Atom adapter reads a feed's entries one after another into one AtomEntry: nothing of one may reach the next.</summary>
public sealed class AtomEntryTests
{
    [Fact]
    public void Reset_entry_keeps_nothing_of_the_previous_one()
    {
        ResetContract.AssertResetClearsEveryField(new AtomEntry(), entry => entry.Reset(), "Reset");
    }

    [Fact]
    public void Entries_of_a_feed_each_keep_their_own_fields()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
            <entry><id>urn:1</id><title>one</title><author><name>Ann</name></author><category term="a"/><link href="http://example.com/1"/></entry>
            <entry><title>two</title><link href="http://example.com/2"/></entry>
            </feed>
            """;
        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml));
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal("urn:1", feed.Entries[0].Guid);
        Assert.Equal("Ann", Assert.Single(feed.Entries[0].Authors).Name);
        Assert.Equal(["a"], feed.Entries[0].Categories);
        Assert.Null(feed.Entries[1].Guid);
        Assert.Empty(feed.Entries[1].Authors);
        Assert.Empty(feed.Entries[1].Categories);
        Assert.Equal("http://example.com/2", Assert.Single(feed.Entries[1].Links).Href);
    }
}
