namespace Masthead.Stories;

/// <summary>
/// The operator's OpenAI-compatible endpoint: base URL (".../v1"), model name and key (optional for local
/// servers). <see cref="Timeout"/> bounds the whole call; past it the extractive summary is used.
/// </summary>
public sealed record ChatCompletionsOptions(Uri BaseUrl, string Model, string? ApiKey = null)
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Article characters sent (the lead carries the story; this bounds cost and latency).</summary>
    public int MaxInputChars { get; init; } = 12_000;

    /// <summary>Largest response body read.</summary>
    public int MaxResponseBytes { get; init; } = 1 << 20;
}
