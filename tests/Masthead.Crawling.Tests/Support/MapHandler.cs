using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Text;

namespace Masthead.Crawling.Tests.Support;

/// <summary>Canned responses by URL (no network at all); anything else is a 404. Records every request.</summary>
public sealed class MapHandler : HttpMessageHandler
{
    private readonly Dictionary<string, (string ContentType, string Body)> _responses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HttpStatusCode> _statuses = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Requests { get; } = new();

    public MapHandler Add(string url, string contentType, string body)
    {
        _responses[url] = (contentType, body);
        return this;
    }

    public MapHandler AddStatus(string url, HttpStatusCode status)
    {
        _statuses[url] = status;
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.ToString();
        Requests.Enqueue(url);
        if (_statuses.TryGetValue(url, out var status))
        {
            return Task.FromResult(new HttpResponseMessage(status) { Content = new ByteArrayContent([]) });
        }
        if (!_responses.TryGetValue(url, out var found))
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new ByteArrayContent([]) });
        }
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(found.Body));
        content.Headers.TryAddWithoutValidation("Content-Type", found.ContentType);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
    }
}
