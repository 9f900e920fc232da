namespace Masthead.Crawling.Channel;

/// <summary>
/// The optional OpenAI-compatible chat-completions summarizer. Empty BaseUrl means the built-in
/// extractive summarizer only; any failure of the endpoint falls back to it.
/// </summary>
public sealed class SummarizerOptions
{
    public string? BaseUrl { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    public int TimeoutSeconds { get; set; } = 20;
}
