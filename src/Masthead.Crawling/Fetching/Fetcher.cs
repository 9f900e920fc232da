using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using Masthead.Core;
using Masthead.Crawling.Channel;

namespace Masthead.Crawling.Fetching;

/// <summary>
/// The one polite fetcher: one HttpClient, conditional GET, gzip/deflate/br under a decompressed-size cap,
/// redirects followed by hand (at most <see cref="Limits.MaxRedirects"/>, each hop re-checked by the SSRF
/// guard), a total timeout, per-host politeness. Every outcome is a <see cref="FetchResult"/>.
/// </summary>
public sealed class Fetcher : IDisposable
{
    private static readonly HashSet<int> RedirectStatuses = [301, 302, 303, 307, 308];
    private readonly HttpClient _client;
    private readonly HostGate _gate;
    private readonly bool _allowPrivate;
    private readonly bool _honorCrawlDelay;
    private readonly TimeSpan _timeout;

    public Fetcher(HttpMessageHandler handler, CrawlerOptions options, TimeProvider? time = null, bool disposeHandler = true, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = new HttpClient(handler, disposeHandler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgentFor(options));
        _client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        _gate = new HostGate(options.MaxConnectionsPerHost, TimeSpan.FromMilliseconds(Math.Max(0, options.MinDelayPerHostMs)), time ?? TimeProvider.System);
        _allowPrivate = options.AllowPrivateAddresses;
        _honorCrawlDelay = options.HonorCrawlDelay;
        _timeout = timeout ?? Limits.FetchTimeout;
    }

    /// <summary>"Masthead/1.2.3 (+https://contact)": names the crawler and where to complain.</summary>
    public static string UserAgentFor(CrawlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var version = typeof(Fetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0";
        return $"Masthead/{version.Split('+')[0]} (+{options.ContactUrl})";
    }

    /// <summary>Spaces requests to the URL's host by its robots.txt Crawl-delay (unless the options turn that off).</summary>
    public void ApplyCrawlDelay(Uri url, TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (_honorCrawlDelay)
        {
            _gate.SetHostDelay(url.Authority, delay);
        }
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        // The clock starts once a connection slot for the host is ours: waiting politely behind a slow
        // request to the same host is not this fetch's fault.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        try
        {
            var result = await FollowAsync(request, timeout, timeout.Token).ConfigureAwait(false);
            return result with { Duration = clock.Elapsed };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return FetchResult.Failed(request.Url, $"timed out after {_timeout.TotalSeconds:0} s") with { Duration = clock.Elapsed };
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed(request.Url, Describe(ex)) with { Duration = clock.Elapsed };
        }
        catch (IOException ex)
        {
            return FetchResult.Failed(request.Url, $"connection failed: {ex.Message}") with { Duration = clock.Elapsed };
        }
    }

    private async Task<FetchResult> FollowAsync(FetchRequest request, CancellationTokenSource timeout, CancellationToken ct)
    {
        Uri.TryCreate(request.Url, UriKind.Absolute, out var url);
        for (var hop = 0; ; hop++)
        {
            // Every hop, the first included, passes the URL guard; the connect callback re-checks after DNS.
            if (UrlGuard.Check(url, _allowPrivate) is { } refused)
            {
                return FetchResult.Failed(request.Url, refused) with { FinalUrl = url?.ToString() ?? request.Url, Redirects = hop };
            }
            // The host's politeness slot is held until the body is read: 1-2 connections per host means transfers.
            using var slot = await _gate.EnterAsync(url!.Authority, ct).ConfigureAwait(false);
            if (hop == 0)
            {
                timeout.CancelAfter(_timeout);
            }
            using var response = await SendAsync(url, hop == 0 ? request : request with { ETag = null, LastModified = null }, ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (!RedirectStatuses.Contains(status))
            {
                return await ReadAsync(request.Url, url!, response, hop, ct).ConfigureAwait(false);
            }
            if (hop >= Limits.MaxRedirects)
            {
                return FetchResult.Failed(request.Url, $"too many redirects (more than {Limits.MaxRedirects})", status) with { FinalUrl = url!.ToString(), Redirects = hop };
            }
            var location = response.Headers.Location;
            if (location is null)
            {
                return FetchResult.Failed(request.Url, $"HTTP {status} redirect without a Location header", status) with { FinalUrl = url!.ToString(), Redirects = hop };
            }
            url = location.IsAbsoluteUri ? location : new Uri(url!, location);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, FetchRequest request, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("Accept", AcceptFor(request.Kind));
        if (request.ETag is { Length: > 0 } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        if (request.LastModified is { Length: > 0 } lastModified)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }
        return await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
    }

    private static async Task<FetchResult> ReadAsync(string requested, Uri url, HttpResponseMessage response, int hops, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var result = new FetchResult
        {
            Url = requested,
            FinalUrl = url.ToString(),
            Status = status,
            Redirects = hops,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
            RetryAfter = RetryAfterOf(response.Headers.RetryAfter),
            MaxAge = response.Headers.CacheControl?.MaxAge,
            Headers = HeadersOf(response),
        };
        if (status == 304)
        {
            return result;
        }
        if (status is < 200 or >= 300)
        {
            return result with { Error = $"HTTP {status} {response.ReasonPhrase}".TrimEnd() };
        }
        if (response.Content.Headers.ContentLength > Limits.MaxResponseBytes)
        {
            return result with { Error = $"body of {response.Content.Headers.ContentLength:N0} bytes is larger than the limit of {Limits.MaxResponseBytes:N0} bytes" };
        }
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var encoding = string.Join(",", response.Content.Headers.ContentEncoding);
        var (body, wire, error) = await BodyReader.ReadAsync(stream, encoding, Limits.MaxResponseBytes, Limits.MaxDecompressedBytes, ct).ConfigureAwait(false);
        return result with { Body = body, WireBytes = wire, Error = error };
    }

    private static string AcceptFor(string kind) => kind switch
    {
        FetchKinds.Feed => "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        FetchKinds.Robots => "text/plain, */*;q=0.5",
        _ => "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
    };

    private static TimeSpan? RetryAfterOf(RetryConditionHeaderValue? value) =>
        value?.Delta ?? (value?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);

    private static string Describe(HttpRequestException ex)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is BlockedAddressException blocked)
            {
                return blocked.Message;
            }
        }
        return $"request failed: {ex.InnerException?.Message ?? ex.Message}";
    }

    public void Dispose() => _client.Dispose();
}
