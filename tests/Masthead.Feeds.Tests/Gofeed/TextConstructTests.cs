using System.Text;

namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>
/// Text constructs, two cases found against gofeed's parser suite (parser/atom/atom10_feed_entry_title_custom_type.xml,
/// parser/rss/rss_channel_item_illegal_char.xml): a custom media type whose text only looks like base64 is kept as
/// written, and characters XML 1.0 forbids (section 2.2) are dropped from the text and make the document bozo.
/// </summary>
public sealed class TextConstructTests
{
    public static TheoryData<string, string, string> AtomTitles() => new()
    {
        { "custom type, text that is not base64 of UTF-8", "<title type=\"application/x-custom\">test</title>", "test" },
        { "custom type, real base64 of UTF-8 is decoded", "<title type=\"application/x-custom\">RW50cnkgVGl0bGU=</title>", "Entry Title" },
        { "text type is never decoded", "<title type=\"text\">RW50cnkgVGl0bGU=</title>", "RW50cnkgVGl0bGU=" },
        { "backspace in a text title", "<title>ab\u0008cd</title>", "abcd" },
        { "controls in an html title", "<title type=\"html\">a\u0001b\u001Fc</title>", "abc" },
        { "tab and line feed are legal whitespace", "<title>a\tb\nc</title>", "a\tb\nc" },
    };

    [Theory]
    [MemberData(nameof(AtomTitles))]
    public void Atom_entry_title_reads_as_plain_text(string name, string titleXml, string expected)
    {
        Assert.NotEmpty(name);
        var xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>" + titleXml + "</entry></feed>";
        var entry = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(xml)).Entries);
        Assert.Equal(expected, entry.Title);
    }

    public static TheoryData<string, string, string> RssSummaries() => new()
    {
        { "backspace inside escaped HTML", "<description>&lt;p&gt;x\u0008y&lt;/p&gt;</description>", "<p>xy</p>" },
        { "form feed inside CDATA", "<description><![CDATA[<b>a\u000Cb</b>]]></description>", "<b>ab</b>" },
        { "nothing to drop", "<description>plain</description>", "plain" },
    };

    [Theory]
    [MemberData(nameof(RssSummaries))]
    public void Rss_item_summary_drops_illegal_characters(string name, string itemXml, string expected)
    {
        Assert.NotEmpty(name);
        var xml = "<rss version=\"2.0\"><channel><item>" + itemXml + "</item></channel></rss>";
        var entry = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(xml)).Entries);
        Assert.Equal(expected, entry.Summary);
    }

    /// <summary>
    /// Not only text constructs: the lenient tree builder drops them from all text and attribute values, so no field
    /// carries one (and the text constructs need not look for them again).
    /// </summary>
    [Fact]
    public void Illegal_characters_are_dropped_from_every_field()
    {
        var xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:a\u0001b</id>"
            + "<link rel=\"alternate\" href=\"http://e.com/x\u0002y\"/><category term=\"t\u0003u\"/>"
            + "<title type=\"application/x-custom\">YQhi</title></entry></feed>"; // "YQhi" is base64 of "a", a backspace, "b"
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));
        Assert.True(feed.Bozo);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("urn:ab", entry.Guid);
        Assert.Equal("http://e.com/xy", entry.Link);
        Assert.Equal(["tu"], entry.Categories);
        Assert.Equal("ab", entry.Title);
    }

    public static TheoryData<string, string, string?> Documents() => new()
    {
        { "backspace in a title", "<rss version=\"2.0\"><channel><title>a\u0008b</title></channel></rss>", "U+0008" },
        { "unit separator in a description", "<rss version=\"2.0\"><channel><description>a\u001Fb</description></channel></rss>", "U+001F" },
        { "tab, line feed and carriage return are legal", "<rss version=\"2.0\"><channel><title>a\tb\r\nc</title></channel></rss>", null },
    };

    /// <summary>XML 1.0 section 2.2: a document holding them is not well-formed, so the result is bozo and says why.</summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void Illegal_characters_make_the_document_bozo(string name, string xml, string? problem)
    {
        Assert.NotEmpty(name);
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));
        Assert.Null(feed.Error);
        Assert.Equal(problem is not null, feed.Bozo);
        if (problem is not null)
        {
            Assert.Contains(feed.Problems, p => p.Contains(problem, StringComparison.Ordinal));
        }
    }
}
