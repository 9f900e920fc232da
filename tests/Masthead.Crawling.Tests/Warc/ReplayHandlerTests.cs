using System.Net;
using System.Net.Http;
using Masthead.Crawling.Tests.Support;
using Masthead.Crawling.Warc;

namespace Masthead.Crawling.Tests.Warc;

public class ReplayHandlerTests
{
    private static HttpClient Client()
    {
        var archive = new ReplayArchive();
        using var reader = new WarcReader(new MemoryStream(new WarcBuilder()
            .Response("https://www.example.com/news/story/", "<p>story</p>", extraHeaders: "ETag: \"abc\"\r\n")
            .Response("http://example.org/feed.xml?x=1", "<rss/>", "application/rss+xml")
            .GzipPerRecord()), "t.warc.gz");
        foreach (var record in reader.ReadAll())
        {
            archive.Add(record);
        }
        return new HttpClient(new ReplayHandler(archive));
    }

    public static TheoryData<string, string, HttpStatusCode> Lookups => new()
    {
        { "exact", "https://www.example.com/news/story/", HttpStatusCode.OK },
        { "without trailing slash", "https://www.example.com/news/story", HttpStatusCode.OK },
        { "other scheme", "http://www.example.com/news/story/", HttpStatusCode.OK },
        { "without www", "https://example.com/news/story/", HttpStatusCode.OK },
        { "fragment ignored", "https://www.example.com/news/story/#comments", HttpStatusCode.OK },
        { "query kept", "https://example.org/feed.xml?x=1", HttpStatusCode.OK },
        { "other query is a miss", "https://example.org/feed.xml?x=2", HttpStatusCode.NotFound },
        { "not in the archive", "https://example.com/other", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task Send_AnswersFromTheArchive(string name, string url, HttpStatusCode expected)
    {
        using var client = Client();

        using var response = await client.GetAsync(url);

        Assert.True(expected == response.StatusCode, name);
    }

    [Fact]
    public async Task ConditionalRequest_WithMatchingETag_Is304()
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://www.example.com/news/story/");
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"abc\"");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Replay_KeepsContentType()
    {
        using var client = Client();

        using var response = await client.GetAsync("http://example.org/feed.xml?x=1");

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<rss/>", await response.Content.ReadAsStringAsync());
    }
}
