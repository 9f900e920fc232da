using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace Masthead.Crawling.Warc;

/// <summary>
/// An HttpMessageHandler that answers from web archives instead of the network: the whole crawler runs
/// unchanged, offline. A URL not in the archive is a 404; conditional requests get 304 when the ETag or
/// Last-Modified matches (RFC 9110 §13.1), so a second replayed crawl behaves like a real one.
/// </summary>
public sealed class ReplayHandler(ReplayArchive archive) : HttpMessageHandler
{
    /// <summary>Every URL asked for, in order (for tests and reports).</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.RequestUri!;
        Requests.Enqueue(url.ToString());
        var archived = archive.Find(url);
        if (archived is null)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                RequestMessage = request,
                ReasonPhrase = "Not in the replay archive",
                Content = new ByteArrayContent([]),
            });
        }
        return Task.FromResult(IsNotModified(request, archived) ? NotModified(request, archived) : Replay(request, archived));
    }

    private static HttpResponseMessage Replay(HttpRequestMessage request, ArchivedResponse archived)
    {
        var response = new HttpResponseMessage((HttpStatusCode)archived.Status)
        {
            RequestMessage = request,
            ReasonPhrase = archived.Reason,
            Content = new ByteArrayContent(archived.Body),
        };
        foreach (var (name, value) in archived.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return response;
    }

    private static HttpResponseMessage NotModified(HttpRequestMessage request, ArchivedResponse archived)
    {
        var response = new HttpResponseMessage(HttpStatusCode.NotModified) { RequestMessage = request, Content = new ByteArrayContent([]) };
        if (archived.Header("ETag") is { } etag)
        {
            response.Headers.TryAddWithoutValidation("ETag", etag);
        }
        return response;
    }

    private static bool IsNotModified(HttpRequestMessage request, ArchivedResponse archived)
    {
        if (request.Headers.TryGetValues("If-None-Match", out var tags) && archived.Header("ETag") is { } etag)
        {
            return tags.Any(t => t.Split(',').Any(x => x.Trim() == etag || x.Trim() == "*"));
        }
        if (request.Headers.IfModifiedSince is { } since && archived.Header("Last-Modified") is { } modifiedText
            && DateTimeOffset.TryParse(modifiedText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var modified))
        {
            return modified <= since;
        }
        return false;
    }
}
