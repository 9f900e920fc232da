using System.Text;
using System.Text.Json;
using Masthead.Feeds.Tests.Conformance;
using Masthead.Testing;
using Xunit.Abstractions;

namespace Masthead.Feeds.Tests.Subscriptions;

/// <summary>OPML import against listparser's expectations (corpora/feeds/opml), with a pinned floor, plus an export round trip.</summary>
public sealed class OpmlTests(ITestOutputHelper output)
{
    private const int ListparserFloor = 97; // measured 99/101 (FOAF/RDF blogrolls read); left: concatenated documents, a non-OPML root not bozo

    [CorpusFact("feeds/opml/expectations.json")]
    public void Listparser_suite_meets_pinned_floor()
    {
        var root = Corpora.PathOf("feeds/opml");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "expectations.json")));
        var (passed, total) = (0, 0);
        foreach (var test in json.RootElement.GetProperty("tests").EnumerateArray())
        {
            if (!test.GetProperty("simple").GetBoolean())
            {
                continue;
            }
            total++;
            var file = Path.Combine(root, "files", test.GetProperty("file").GetString()!);
            var result = ListparserLayout.Render(Opml.Parse(File.ReadAllBytes(file)));
            if (AssertionEvaluator.All(result, test.GetProperty("assertions"), out var failure))
            {
                passed++;
            }
            else
            {
                output.WriteLine($"{test.GetProperty("file").GetString()}: {failure?.ReplaceLineEndings(" ")}");
            }
        }
        output.WriteLine($"listparser: {passed}/{total}");
        Assert.True(passed >= ListparserFloor, $"listparser {passed}/{total} below the floor {ListparserFloor}");
    }

    [Fact]
    public void Export_then_import_keeps_subscriptions()
    {
        OpmlSubscription[] subscriptions =
        [
            new("World & more", "http://example.com/world.xml", "http://example.com/world", ["News/World"]),
            new("Tech", "https://example.org/feed", null, []),
        ];
        var document = Opml.Parse(Encoding.UTF8.GetBytes(Opml.Write("My list", subscriptions)));
        Assert.False(document.Bozo, string.Join("; ", document.Problems));
        Assert.Equal("My list", document.Title);
        Assert.Equal("opml2", document.Version);
        Assert.Equal(subscriptions.Select(s => (s.Title, s.XmlUrl, s.HtmlUrl)), document.Subscriptions.Select(s => (s.Title, s.XmlUrl, s.HtmlUrl)));
        Assert.Equal(["News/World"], document.Subscriptions[0].Categories);
    }

    private const string FoafHead = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:foaf=\"http://xmlns.com/foaf/0.1/\" "
        + "xmlns:rdfs=\"http://www.w3.org/2000/01/rdf-schema#\" xmlns:rss=\"http://purl.org/rss/1.0/\" xmlns:ya=\"http://blogs.yandex.ru/schema/foaf/\">";

    [Theory]
    [InlineData("grouped weblog with a channel is a feed tagged with the group",
        "<foaf:Group><foaf:name>Planet</foaf:name><foaf:member><foaf:Agent><foaf:name>Ann</foaf:name><foaf:weblog><foaf:Document rdf:about=\"http://a.test/\"><rdfs:seeAlso><rss:channel rdf:about=\"http://a.test/feed\"/></rdfs:seeAlso></foaf:Document></foaf:weblog></foaf:Agent></foaf:member></foaf:Group>",
        "feed Ann http://a.test/feed [Planet]")]
    [InlineData("weblog without a channel is an opportunity",
        "<foaf:Agent><foaf:name>Bo</foaf:name><foaf:weblog><foaf:Document rdf:about=\"http://b.test/\"><rdfs:seeAlso><rss:channel rdf:about=\"\"/></rdfs:seeAlso></foaf:Document></foaf:weblog></foaf:Agent>",
        "opportunity Bo http://b.test/")]
    [InlineData("Yandex blog activity feed",
        "<foaf:Person><foaf:name>Cy</foaf:name><ya:blogActivity><ya:Posts><ya:feed rdf:resource=\"http://c.test/rss\"/></ya:Posts></ya:blogActivity></foaf:Person>",
        "feed Cy http://c.test/rss []")]
    [InlineData("a known person with seeAlso is another list",
        "<foaf:Person><foaf:knows><foaf:Person><foaf:name>Di</foaf:name><rdfs:seeAlso rdf:resource=\"http://d.test/foaf\"/></foaf:Person></foaf:knows></foaf:Person>",
        "list Di http://d.test/foaf")]
    public void Foaf_blogrolls_read_as_subscriptions(string name, string body, string expected)
    {
        var document = Opml.Parse(Encoding.UTF8.GetBytes(FoafHead + body + "</rdf:RDF>"));
        var read = document.Subscriptions.Select(s => $"feed {s.Title} {s.XmlUrl} [{string.Join(',', s.Tags)}]")
            .Concat(document.Opportunities.Select(o => $"opportunity {o.Title} {o.Url}"))
            .Concat(document.Lists.Select(l => $"list {l.Title} {l.Url}"));
        Assert.False(document.Bozo, name);
        Assert.Equal("rdf", document.Version);
        Assert.Equal([expected], read);
    }
}
