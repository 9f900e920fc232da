using Masthead.Feeds.Building;

namespace Masthead.Feeds.Tests.Building;

/// <summary>The entry builder is reused entry after entry: nothing of one entry may reach the next.</summary>
public sealed class EntryBuilderTests
{
    [Fact]
    public void Recycled_builder_keeps_nothing_of_the_previous_entry()
    {
        ResetContract.AssertResetClearsEveryField(EntryBuilder.Rent(), builder => builder.Recycle(), "Recycle");
    }

    [Fact]
    public void Rent_gives_the_recycled_builder_and_never_one_that_is_out()
    {
        var first = EntryBuilder.Rent();
        var second = EntryBuilder.Rent();
        Assert.NotSame(first, second);
        first.Recycle();
        Assert.Same(first, EntryBuilder.Rent());
        Assert.NotSame(first, EntryBuilder.Rent());
    }

    [Fact]
    public void Entries_built_one_after_another_own_their_lists()
    {
        var feed = new FeedBuilder();
        var builder = EntryBuilder.Rent();
        builder.Links.Add(new FeedLink("http://example.com/1", "alternate", null, null, null, null));
        builder.Tags.Add(new FeedCategory("one", null, null));
        feed.AddEntry(builder);
        var next = EntryBuilder.Rent();
        next.Links.Add(new FeedLink("http://example.com/2", "alternate", null, null, null, null));
        feed.AddEntry(next);
        Assert.Equal("http://example.com/1", Assert.Single(feed.Entries[0].Links).Href);
        Assert.Equal("one", Assert.Single(feed.Entries[0].Tags).Term);
        Assert.Equal("http://example.com/2", Assert.Single(feed.Entries[1].Links).Href);
        Assert.Empty(feed.Entries[1].Tags);
    }
}
