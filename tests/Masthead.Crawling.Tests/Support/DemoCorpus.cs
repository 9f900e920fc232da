using System.Text.Json;
using System.Xml.Linq;
using Masthead.Crawling.Channel;
using Masthead.Testing;

namespace Masthead.Crawling.Tests.Support;

/// <summary>The demo archive's expectations (expected.json) and sources (sources.opml), read in place.</summary>
public static class DemoCorpus
{
    public const string Archive = "demo/demo.warc.gz";

    public sealed record ExpectedArticle(string Url, string Title, string Outlet, string Kind, string Feed);

    public sealed record ExpectedFeed(string Url, string Kind, int Items);

    public sealed record ExpectedRobots(string AppliesTo, IReadOnlyList<string> Disallow);

    public static (List<ExpectedArticle> Articles, List<ExpectedFeed> Feeds, List<ExpectedRobots> Robots) Expected()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Corpora.PathOf("demo/expected.json")));
        var root = json.RootElement;
        var articles = root.GetProperty("articles").EnumerateArray().Select(a => new ExpectedArticle(
            a.GetProperty("url").GetString()!, a.GetProperty("title").GetString()!, a.GetProperty("outlet").GetString()!,
            a.GetProperty("kind").GetString()!, a.GetProperty("feed").GetString()!)).ToList();
        var feeds = root.GetProperty("feeds").EnumerateArray().Select(f => new ExpectedFeed(
            f.GetProperty("url").GetString()!, f.GetProperty("kind").GetString()!, f.GetProperty("items").GetInt32())).ToList();
        var robots = root.GetProperty("robots").EnumerateArray().Select(r => new ExpectedRobots(
            r.GetProperty("applies_to").GetString()!, [.. r.GetProperty("disallow").EnumerateArray().Select(d => d.GetString()!)])).ToList();
        return (articles, feeds, robots);
    }

    /// <summary>The OPML outlines as configured sources (a test-side reader; the product uses Masthead.Feeds' OPML).</summary>
    public static List<SourceOptions> Sources() =>
        [.. XDocument.Load(Corpora.PathOf("demo/sources.opml")).Descendants("outline")
            .Where(o => o.Attribute("xmlUrl") is not null)
            .Select(o => new SourceOptions
            {
                FeedUrl = o.Attribute("xmlUrl")!.Value,
                Name = (o.Attribute("title") ?? o.Attribute("text"))!.Value,
                SiteUrl = o.Attribute("htmlUrl")?.Value,
            })];
}
