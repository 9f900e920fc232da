using System.Globalization;
using System.Text;

namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>
/// Atom elements inside an RSS 2.0 item fill the entry as they would in an Atom entry, but only where the item's own
/// RSS elements left the field empty (found against gofeed's translator suite: translator/rss/*_atom.xml).
/// </summary>
public sealed class AtomInRssTests
{
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "atom:author fills the author", "<atom:author><atom:name>John Doe</atom:name><atom:email>john@example.com</atom:email></atom:author>", "authors", "John Doe <john@example.com>" },
        { "RSS author wins over atom:author", "<author>jane@example.com (Jane)</author><atom:author><atom:name>John</atom:name></atom:author>", "authors", "Jane <jane@example.com>" },
        { "atom:content html is the content", "<atom:content type=\"html\">&lt;p&gt;Body&lt;/p&gt;</atom:content>", "content", "<p>Body</p>" },
        { "atom:content defaults to text", "<atom:content>a &lt;b&gt; c</atom:content>", "content", "a &lt;b&gt; c" },
        { "atom:summary fills the summary", "<atom:summary>Short</atom:summary>", "summary", "Short" },
        { "RSS description wins over atom:summary", "<description>Desc</description><atom:summary>Short</atom:summary>", "summary", "Desc" },
        { "atom:published fills published", "<atom:published>2019-01-02T15:04:05Z</atom:published>", "published", "2019-01-02T15:04:05Z" },
        { "pubDate wins over atom:published", "<pubDate>Mon, 07 Jan 2019 10:00:00 GMT</pubDate><atom:published>2019-01-02T15:04:05Z</atom:published>", "published", "2019-01-07T10:00:00Z" },
        { "atom:updated fills updated", "<atom:updated>2020-01-02T15:04:05+01:00</atom:updated>", "updated", "2020-01-02T14:04:05Z" },
        { "atom:category term and label", "<category>rss</category><atom:category term=\"atomterm\" label=\"Atom Term\"/>", "tags", "rss/ atomterm/Atom Term" },
        { "atom:contributor", "<atom:contributor><atom:name>Ann</atom:name></atom:contributor>", "contributors", "Ann" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Atom_element_in_rss_item_fills_the_entry(string name, string itemXml, string field, string expected)
    {
        var xml = "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>T</title><item><title>"
            + name + "</title>" + itemXml + "</item></channel></rss>";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));
        Assert.Null(feed.Error);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal(expected, Field(entry, field));
    }

    private static string? Field(FeedEntry entry, string field) => field switch
    {
        "authors" => string.Join(", ", entry.Authors.Select(p => p.Email is null ? p.Name : $"{p.Name} <{p.Email}>")),
        "contributors" => string.Join(", ", entry.Contributors.Select(p => p.Name)),
        "content" => entry.Content,
        "summary" => entry.Summary,
        "published" => entry.Published?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        "updated" => entry.Updated?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        "tags" => string.Join(" ", entry.Tags.Select(t => t.Term + "/" + t.Label)),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
