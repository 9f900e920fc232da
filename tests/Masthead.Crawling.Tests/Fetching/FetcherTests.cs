using System.IO.Compression;
using System.Net.Http;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Fetching;
using Masthead.Crawling.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masthead.Crawling.Tests.Fetching;

public class FetcherTests
{
    private static CrawlerOptions Allowing() => new() { AllowPrivateAddresses = true, MinDelayPerHostMs = 0 };

    private static Fetcher NewFetcher(CrawlerOptions options, TimeSpan? timeout = null) =>
        new(CrawlerHttpHandler.Create(options), options, timeout: timeout);

    [Fact]
    public async Task LoopbackServer_IsRefusedByDefault_AndNothingIsSent()
    {
        var hits = 0;
        await using var server = await LoopbackServer.StartAsync(ctx => { hits++; return ctx.Response.WriteAsync("secret"); });
        using var fetcher = NewFetcher(new CrawlerOptions());

        var result = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl + "/admin"), CancellationToken.None);

        Assert.Null(result.Status);
        Assert.Contains("not a public address", result.Error);
        Assert.Empty(result.Body);
        Assert.Equal(0, hits);
    }

    [Theory]
    [InlineData("an IP literal", "127.0.0.1")]
    [InlineData("a name that resolves to loopback", "localhost")]
    public async Task ConnectCallback_RefusesLoopbackAfterResolution(string name, string host)
    {
        // Straight through the handler, past the URL check: the socket-level guard alone must refuse,
        // after DNS, on every new connection (so a name rebound to a private address is caught too).
        var hits = 0;
        await using var server = await LoopbackServer.StartAsync(ctx => { hits++; return ctx.Response.WriteAsync("secret"); });
        using var client = new HttpClient(CrawlerHttpHandler.Create(new CrawlerOptions()));
        var url = server.BaseUrl.Replace("127.0.0.1", host, StringComparison.Ordinal) + "/";

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(url));

        Assert.True(error.InnerException is BlockedAddressException, $"{name}: {error.InnerException}");
        Assert.Equal(0, hits);
    }

    [Fact]
    public async Task LoopbackServer_IsFetchedWhenAllowed_WithUserAgent()
    {
        string? agent = null;
        await using var server = await LoopbackServer.StartAsync(ctx =>
        {
            agent = ctx.Request.Headers.UserAgent;
            return ctx.Response.WriteAsync("hello");
        });
        using var fetcher = NewFetcher(Allowing());

        var result = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl + "/"), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("hello", System.Text.Encoding.UTF8.GetString(result.Body));
        Assert.StartsWith("Masthead/", agent);
        Assert.Contains("(+https://", agent);
    }

    [Fact]
    public async Task RedirectToPrivateAddress_IsRefusedOnTheHop()
    {
        using var fetcher = new Fetcher(new RedirectingHandler("http://169.254.169.254/latest/meta-data/"), new CrawlerOptions { MinDelayPerHostMs = 0 });

        var result = await fetcher.FetchAsync(new FetchRequest("https://example.com/feed"), CancellationToken.None);

        Assert.Contains("not a public address", result.Error);
        Assert.Equal("http://169.254.169.254/latest/meta-data/", result.FinalUrl);
    }

    [Fact]
    public async Task ConditionalGet_SendsValidators_AndReports304()
    {
        await using var server = await LoopbackServer.StartAsync(ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                ctx.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
            ctx.Response.Headers.ETag = "\"v1\"";
            return ctx.Response.WriteAsync("body");
        });
        using var fetcher = NewFetcher(Allowing());

        var first = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl + "/"), CancellationToken.None);
        var second = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl + "/") { ETag = first.ETag }, CancellationToken.None);

        Assert.Equal("\"v1\"", first.ETag);
        Assert.True(second.NotModified);
        Assert.Null(second.Error);
    }

    public static TheoryData<string, string> Encodings => new() { { "gzip", "gzip" }, { "brotli", "br" }, { "zlib deflate", "deflate" } };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task CompressedBody_IsDecoded(string name, string coding)
    {
        var text = string.Concat(Enumerable.Repeat("news ", 2000));
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.Headers.ContentEncoding = coding;
            await ctx.Response.Body.WriteAsync(Compress(System.Text.Encoding.UTF8.GetBytes(text), coding));
        });
        using var fetcher = NewFetcher(Allowing());

        var result = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl + "/"), CancellationToken.None);

        Assert.True(result.IsSuccess, $"{name}: {result.Error}");
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(result.Body));
        Assert.True(result.WireBytes < result.Body.Length, name);
    }

    [Fact]
    public async Task ZipBomb_IsStoppedAtTheDecompressedLimit()
    {
        var bomb = Compress(new byte[8 * 1024 * 1024], "gzip");
        var (body, _, error) = await BodyReader.ReadAsync(new MemoryStream(bomb), "gzip", maxWireBytes: 1024 * 1024, maxDecodedBytes: 1024 * 1024, CancellationToken.None);

        Assert.Empty(body);
        Assert.Contains("decompressed body larger than the limit", error);
    }

    internal static byte[] Compress(byte[] data, string coding)
    {
        using var output = new MemoryStream();
        using (Stream encoder = coding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
        })
        {
            encoder.Write(data);
        }
        return output.ToArray();
    }

    private sealed class RedirectingHandler(string target) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(System.Net.HttpStatusCode.Found) { Content = new ByteArrayContent([]) };
            response.Headers.Location = new Uri(target);
            return Task.FromResult(response);
        }
    }
}
