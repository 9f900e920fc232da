using System.Text;
using Masthead.Feeds.Compat;

namespace Masthead.Feeds.Tests.Compat;

/// <summary>Media RSS credit, restriction, license and rating in feedparser's layout: attributes plus their text under "content".</summary>
public sealed class FeedparserMediaTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "credits make a list", "<media:credit role=\"creator\">Ann</media:credit><media:credit role=\"editor\">Bo</media:credit>", "media_credit", "[{\"role\":\"creator\",\"content\":\"Ann\"},{\"role\":\"editor\",\"content\":\"Bo\"}]" },
        { "blank credit has no content", "<media:credit role=\"creator\"> </media:credit>", "media_credit", "[{\"role\":\"creator\"}]" },
        { "restriction is a lower-cased token list", "<media:restriction relationship=\"deny\" type=\"country\">FR  de</media:restriction>", "media_restriction", "{\"relationship\":\"deny\",\"type\":\"country\",\"content\":[\"fr\",\"de\"]}" },
        { "last restriction wins", "<media:restriction relationship=\"allow\">us</media:restriction><media:restriction relationship=\"deny\">ca</media:restriction>", "media_restriction", "{\"relationship\":\"deny\",\"content\":[\"ca\"]}" },
        { "license with href", "<media:license type=\"text/html\" href=\"http://example.com/l\">CC</media:license>", "media_license", "{\"type\":\"text/html\",\"href\":\"http://example.com/l\",\"content\":\"CC\"}" },
        { "first rating wins", "<media:rating scheme=\"urn:simple\">adult</media:rating><media:rating>nonadult</media:rating>", "media_rating", "{\"scheme\":\"urn:simple\",\"content\":\"adult\"}" },
        { "inside media:group", "<media:group><media:credit role=\"writer\">W</media:credit></media:group>", "media_credit", "[{\"role\":\"writer\",\"content\":\"W\"}]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Media_elements_keep_attributes_and_content(string name, string item, string key, string expected)
    {
        var xml = $"<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>T</title><item><title>A</title>{item}</item></channel></rss>";
        var request = new FeedRequest();
        var result = FeedparserLayout.Render(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), request), request);
        var actual = result["entries"]![0]![key]?.ToJsonString();
        Assert.True(expected == actual, $"{name}: {actual}");
    }
}
