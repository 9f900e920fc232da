using Masthead.Core;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Fetching;
using Masthead.Crawling.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masthead.Crawling.Tests.Fetching;

/// <summary>Hostile or broken servers on loopback: every one ends as a clear error string, never an exception.</summary>
public class BadServerTests
{
    private static readonly CrawlerOptions Options = new() { AllowPrivateAddresses = true, MinDelayPerHostMs = 0 };

    [Fact]
    public async Task ServerError_IsAnErrorWithTheStatus()
    {
        await using var server = await LoopbackServer.StartAsync(ctx => { ctx.Response.StatusCode = 500; return Task.CompletedTask; });
        using var fetcher = new Fetcher(CrawlerHttpHandler.Create(Options), Options);

        var result = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl + "/feed"), CancellationToken.None);

        Assert.Equal(500, result.Status);
        Assert.StartsWith("HTTP 500", result.Error);
    }

    [Fact]
    public async Task TooManyRequests_CarriesRetryAfter()
    {
        await using var server = await LoopbackServer.StartAsync(ctx =>
        {
            ctx.Response.StatusCode = 429;
            ctx.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        using var fetcher = new Fetcher(CrawlerHttpHandler.Create(Options), Options);

        var result = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl + "/feed"), CancellationToken.None);

        Assert.Equal(429, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
    }

    [Fact]
    public async Task SlowServer_TimesOut()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx => await Task.Delay(TimeSpan.FromSeconds(20), ctx.RequestAborted));
        using var fetcher = new Fetcher(CrawlerHttpHandler.Create(Options), Options, timeout: TimeSpan.FromSeconds(2));

        var result = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl + "/feed"), CancellationToken.None);

        Assert.Null(result.Status);
        Assert.StartsWith("timed out", result.Error);
    }

    [Fact]
    public async Task EndlessRedirects_StopAfterTheLimit()
    {
        var hops = 0;
        await using var server = await LoopbackServer.StartAsync(ctx =>
        {
            hops++;
            ctx.Response.Redirect($"/loop/{hops}");
            return Task.CompletedTask;
        });
        using var fetcher = new Fetcher(CrawlerHttpHandler.Create(Options), Options);

        var result = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl + "/loop/0"), CancellationToken.None);

        Assert.Contains("too many redirects", result.Error);
        Assert.Equal(Limits.MaxRedirects + 1, hops);
    }

    [Theory]
    [InlineData("with Content-Length", true)]
    [InlineData("streamed without Content-Length", false)]
    public async Task HundredMegabyteBody_IsRefusedAtTheLimit(string name, bool announceLength)
    {
        const long size = 100L * 1024 * 1024;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            if (announceLength)
            {
                ctx.Response.ContentLength = size;
            }
            var chunk = new byte[64 * 1024];
            for (long sent = 0; sent < size && !ctx.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
            }
        });
        using var fetcher = new Fetcher(CrawlerHttpHandler.Create(Options), Options);

        var result = await fetcher.FetchAsync(new FetchRequest(server.BaseUrl + "/big"), CancellationToken.None);

        Assert.True(result.Error?.Contains("larger than the limit", StringComparison.Ordinal) == true, $"{name}: {result.Error}");
        Assert.Empty(result.Body);
    }
}
