namespace Masthead.Stories.Tests;

public sealed class UrlCanonicalizerTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "utm parameters removed", "https://www.example.com/a/story?utm_source=rss&utm_medium=feed", "https://example.com/a/story" },
        { "click ids removed, real query kept and sorted", "https://example.com/s?id=7&fbclid=X&gclid=Y&a=1", "https://example.com/s?a=1&id=7" },
        { "fragment and trailing slash dropped", "https://example.com/news/item/#comments", "https://example.com/news/item" },
        { "amp path suffix", "https://www.example.com/politics/story-1/amp/", "https://example.com/politics/story-1" },
        { "amp path prefix", "https://example.com/amp/politics/story-1", "https://example.com/politics/story-1" },
        { "amp host and query flag", "https://amp.example.com/story?amp=1", "https://example.com/story" },
        { "dot amp html", "https://example.com/world/story.amp.html", "https://example.com/world/story.html" },
        { "mobile host and http", "http://m.example.co.uk/news/x", "https://example.co.uk/news/x" },
        { "host case folded, path case kept", "https://EXAMPLE.com/News/X", "https://example.com/News/X" },
        { "default port dropped, others kept", "https://example.com:8443/x", "https://example.com:8443/x" },
        { "not a URL returned trimmed", "  not a url ", "not a url" },
        { "two-label host keeps www-like name", "https://m.com/x", "https://m.com/x" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Canonicalize_GivesOneFormPerPage(string name, string input, string expected)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input));
    }
}
