using System.Net;
using System.Text.Json;

namespace Masthead.Site.Tests;

[Collection(SiteCollection.Name)]
public sealed class ApiTests(SiteFixture site)
{
    private async Task<JsonElement> Json(string path)
    {
        using var response = await site.Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task Articles_HaveTheContractShape()
    {
        var json = await Json("/api/articles");
        Assert.Equal(3, json.GetProperty("total").GetInt64());
        var item = json.GetProperty("items")[0];
        Assert.Equal(["id", "url", "title", "outlet", "author", "published", "hashtags", "path"], item.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("/article/", item.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, item.GetProperty("hashtags").ValueKind);
    }

    public static TheoryData<string, string, string[]> Filters => new()
    {
        { "by url", "/api/articles?url=" + Uri.EscapeDataString("https://wire.example/2026/senate-budget"), ["Senate passes the budget bill"] },
        { "by outlet", "/api/articles?outlet=Beta%20Times", ["Markets rally on budget news"] },
        { "by tag", "/api/articles?tag=politics", ["Senate passes the budget bill"] },
        { "paged", "/api/articles?limit=1&offset=1", ["Markets rally on budget news"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Articles_Filter(string name, string path, string[] titles)
    {
        Assert.NotEmpty(name);
        var json = await Json(path);
        Assert.Equal(titles, json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Article_AddsTextHtmlImageSummary()
    {
        var json = await Json($"/api/articles/{site.Full.Id}");
        foreach (var name in new[] { "text", "html", "image", "summary" })
        {
            Assert.True(json.TryGetProperty(name, out _), name);
        }
        Assert.Equal("https://wire.example/img/senate.jpg", json.GetProperty("image").GetString());
        using var missing = await site.Client.GetAsync("/api/articles/987654");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Article_NeverLeaksFullTextOfExcerptOnlySources()
    {
        var json = await Json($"/api/articles/{site.ExcerptOnly.Id}");
        Assert.DoesNotContain("SECRET", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("", json.GetProperty("html").GetString());
    }

    [Fact]
    public async Task Search_SourcesHashtags()
    {
        var search = await Json("/api/search?q=senate");
        Assert.Equal(1, search.GetProperty("total").GetInt64());
        Assert.StartsWith("The <mark>senate</mark> voted", search.GetProperty("items")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await Json("/api/search?q=budget")).GetProperty("total").GetInt64());
        var sources = await Json("/api/sources");
        Assert.Equal(2, sources.GetArrayLength());
        Assert.Equal("new", sources[0].GetProperty("status").GetString());
        var tags = await Json("/api/hashtags");
        Assert.Equal(16, tags.GetArrayLength());
        Assert.Equal(1, tags[0].GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task OpenApi_DescribesTheApi()
    {
        var doc = await Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/articles", paths);
        Assert.Contains("/api/articles/{id}", paths);
        Assert.Contains("/api/search", paths);
        Assert.DoesNotContain("/", paths);
    }

    [Fact]
    public async Task HealthAndMetrics()
    {
        var health = await Json("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        await site.Store.RecordFetchAsync(new Crawling.Model.FetchRecord { Url = "https://wire.example/feed", Kind = "feed", Status = 500, Error = "HTTP 500", Duration = TimeSpan.FromSeconds(2) });
        var metrics = await site.Client.GetStringAsync("/metrics");
        Assert.Contains("masthead_articles_stored 3", metrics, StringComparison.Ordinal);
        Assert.Contains("masthead_fetch_failures_total{kind=\"feed\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("masthead_fetch_duration_seconds_sum{kind=\"feed\"} 2", metrics, StringComparison.Ordinal);
        Assert.Contains("# TYPE masthead_fetches_total counter", metrics, StringComparison.Ordinal);
    }
}
