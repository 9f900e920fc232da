using System.Text.Json;
using Masthead.Site.Tests.Tools;

namespace Masthead.Site.Tests.Digest;

/// <summary>The RSS feed of editions parses back with Universal Feed Parser without the bozo flag.</summary>
[Collection(DigestCollection.Name)]
public sealed class DigestFeedTests(DigestFixture digest)
{
    private const string Script = """
        import sys, json, feedparser
        d = feedparser.parse(sys.stdin.buffer.read(), response_headers={"content-type": sys.argv[1]})
        print(json.dumps({"bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
                          "links": [e.get("link", "") for e in d.entries],
                          "summaries": [e.get("summary", "") for e in d.entries]}))
        """;

    [ToolFact(ExternalTools.FeedParser)]
    public async Task Feed_OneItemPerEditionWithItsHtml_ParsesWithoutBozo()
    {
        using var response = await digest.Client.GetAsync("/digest/feed.xml");
        response.EnsureSuccessStatusCode();
        var (exit, output, error) = ExternalTools.Run(ExternalTools.Python, await response.Content.ReadAsStringAsync(), "-c", Script,
            response.Content.Headers.ContentType!.ToString());
        Assert.True(exit == 0, error);
        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        Assert.False(root.GetProperty("bozo").GetBoolean(), root.GetProperty("error").GetString());
        Assert.Equal("rss20", root.GetProperty("version").GetString());
        var links = root.GetProperty("links").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("http://localhost:5000/digest/" + DigestFixture.FirstEdition, links);
        Assert.Equal(links.Count, links.Distinct().Count());
        var summaries = root.GetProperty("summaries").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(summaries, s => s.Contains("Senate passes the budget bill", StringComparison.Ordinal));
        Assert.DoesNotContain(summaries, s => s.Contains("<script", StringComparison.OrdinalIgnoreCase));
    }
}
