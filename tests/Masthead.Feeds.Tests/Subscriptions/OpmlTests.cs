using System.Text;
using System.Text.Json;
using Masthead.Feeds.Tests.Conformance;
using Masthead.Testing;
using Xunit.Abstractions;

namespace Masthead.Feeds.Tests.Subscriptions;

/// <summary>OPML import against listparser's expectations (corpora/feeds/opml), with a pinned floor, plus an export round trip.</summary>
public sealed class OpmlTests(ITestOutputHelper output)
{
    private const int ListparserFloor = 74; // measured 76/101; the FOAF (RDF) blogrolls are not read yet

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
}
