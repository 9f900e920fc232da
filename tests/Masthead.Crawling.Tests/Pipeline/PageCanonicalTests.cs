using Masthead.Crawling.Adapters;
using Masthead.Crawling.Pipeline;

namespace Masthead.Crawling.Tests.Pipeline;

public class PageCanonicalTests
{
    private const string Served = "https://www.news.example/world/2026/11/story-slug.html?utm_source=rss";

    public static TheoryData<string, string?, string> Cases => new()
    {
        { "none declared: the served URL, cleaned", null, "https://news.example/world/2026/11/story-slug.html" },
        { "own canonical", "https://www.news.example/world/2026/11/story-slug.html", "https://news.example/world/2026/11/story-slug.html" },
        { "shorter article URL on the same site", "https://news.example/a/123", "https://news.example/a/123" },
        { "section page is ignored", "https://news.example/world", "https://news.example/world/2026/11/story-slug.html" },
        { "home page is ignored", "https://news.example/", "https://news.example/world/2026/11/story-slug.html" },
        { "another site is ignored", "https://aggregator.example/story", "https://news.example/world/2026/11/story-slug.html" },
        { "not http is ignored", "ftp://news.example/x", "https://news.example/world/2026/11/story-slug.html" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Choose_TrustsOnlyABelievableCanonical(string name, string? declared, string expected)
    {
        Assert.True(expected == PageCanonical.Choose(new StoriesEnricher(), Served, declared), name);
    }
}
