using Masthead.Testing;

namespace Masthead.Feeds.Tests.RealFeeds;

/// <summary>Every real publisher feed in corpora/feeds/real parses without error, with its items.</summary>
public sealed class RealFeedTests
{
    /// <summary>Snapshots that really hold no items (the publisher served an empty channel that day).</summary>
    private static readonly HashSet<string> EmptyChannels = ["Rss20DailyMail.xml"];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        const string folder = "feeds/real/files/FeedReader.Tests/Feeds";
        if (!Corpora.Has(folder))
        {
            data.Add("(corpus missing)");
            return data;
        }
        foreach (var file in Directory.GetFiles(Corpora.PathOf(folder)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [CorpusTheory("feeds/real/files/FeedReader.Tests/Feeds")]
    [MemberData(nameof(Files))]
    public void Real_feed_parses_with_items(string name)
    {
        var feed = FeedParser.Parse(File.ReadAllBytes(Corpora.PathOf("feeds/real/files/FeedReader.Tests/Feeds/" + name)));
        Assert.Null(feed.Error);
        Assert.NotEqual("", feed.Format);
        if (!EmptyChannels.Contains(name))
        {
            Assert.NotEmpty(feed.Entries);
            Assert.All(feed.Entries, e => Assert.False(string.IsNullOrEmpty(e.Identity)));
        }
    }
}
