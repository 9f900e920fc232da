using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Masthead.Stories;

/// <summary>
/// Summaries from an OpenAI-compatible chat-completions endpoint (POST {base}/chat/completions, the
/// request and response shapes of https://platform.openai.com/docs/api-reference/chat). The model is asked for
/// a JSON object {"short","long"}; the reply is checked (short a whole phrase within 140 characters, long two
/// paragraphs). On ANY failure (network, timeout, HTTP status, bad JSON, empty or malformed answer) the
/// <see cref="ExtractiveSummarizer"/> result is returned, with the reason in <see cref="Summary.Note"/>.
/// </summary>
public sealed class ChatCompletionsSummarizer : ISummarizer
{
    private const string Instructions =
        "You summarise news articles. Reply with only a JSON object {\"short\": string, \"long\": string}. " +
        "\"short\": one whole phrase of at most 140 characters. \"long\": two paragraphs separated by a blank line. " +
        "Use only facts from the article.";

    private readonly HttpClient _http;
    private readonly ChatCompletionsOptions _options;
    private readonly ExtractiveSummarizer _fallback = new();

    public ChatCompletionsSummarizer(HttpClient http, ChatCompletionsOptions options)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public async Task<Summary> SummarizeAsync(StoryArticle article, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        string? failure;
        try
        {
            var content = await CompleteAsync(article, timeout.Token).ConfigureAwait(false);
            var (summary, error) = ChatReply.Parse(content);
            if (summary is not null)
            {
                return summary;
            }
            failure = error;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            failure = "timeout";
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException or IOException or KeyNotFoundException or IndexOutOfRangeException or UriFormatException)
        {
            failure = ex.GetType().Name + ": " + ex.Message;
        }
        var fallback = _fallback.Summarize(article.Title, article.Text);
        return fallback with { Note = "extractive fallback: " + failure };
    }

    private async Task<string?> CompleteAsync(StoryArticle article, CancellationToken ct)
    {
        var text = article.Text.Length > _options.MaxInputChars ? article.Text[.._options.MaxInputChars] : article.Text;
        var body = JsonSerializer.Serialize(new
        {
            model = _options.Model,
            temperature = 0.2,
            messages = new object[]
            {
                new { role = "system", content = Instructions },
                new { role = "user", content = $"Headline: {article.Title}\n\n{text}" },
            },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.BaseUrl.ToString().TrimEnd('/') + "/chat/completions"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}");
        }
        var bytes = await ReadBoundedAsync(response.Content, ct).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(bytes);
        return doc.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
    }

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxResponseBytes)
            {
                throw new InvalidOperationException("response larger than the limit");
            }
        }
        return buffer.ToArray();
    }
}
