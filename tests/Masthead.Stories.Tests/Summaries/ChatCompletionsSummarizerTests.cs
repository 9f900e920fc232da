namespace Masthead.Stories.Tests;

public sealed class ChatCompletionsSummarizerTests
{
    private static readonly StoryArticle Article = new("a1", "https://example.com/a1", "Herald", "River floods town",
        "Heavy rain flooded the river town of Dunmore on Monday, forcing 2,000 residents from their homes. " +
        "Emergency crews used boats to rescue families stranded on rooftops across the low-lying east side. " +
        "The mayor said the river crested at a record nine metres before the water began to fall on Tuesday. " +
        "Forecasters expect more rain later in the week, and officials urged residents not to return yet.", null);

    public static TheoryData<string, int, string> Failures => new()
    {
        { "garbage body", 200, "<<< this is not json at all" },
        { "server error", 500, "{\"error\":{\"message\":\"boom\"}}" },
        { "envelope without choices", 200, "{\"choices\":[]}" },
        { "content that is not the JSON asked for", 200, LoopbackChatServer.Envelope("Sorry, I can't help with that.") },
        { "JSON without the fields", 200, LoopbackChatServer.Envelope("{\"summary\":\"x\"}") },
        { "truncated JSON", 200, "{\"choices\":[{\"message\":{\"content\":\"{\\\"short\\\":" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task SummarizeAsync_BadReply_FallsBackToExtractive(string name, int status, string body)
    {
        await using var server = new LoopbackChatServer(_ => (status, body));
        using var http = new HttpClient();
        var summarizer = new ChatCompletionsSummarizer(http, new ChatCompletionsOptions(server.BaseUrl, "test-model"));
        var summary = await summarizer.SummarizeAsync(Article);
        var expected = new ExtractiveSummarizer().Summarize(Article.Title, Article.Text);
        Assert.Equal(expected.Short, summary.Short);
        Assert.Equal(expected.Long, summary.Long);
        Assert.StartsWith("extractive fallback", summary.Note, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public async Task SummarizeAsync_EndpointHangs_TimesOutAndFallsBack()
    {
        await using var server = new LoopbackChatServer(_ => null);
        using var http = new HttpClient();
        var options = new ChatCompletionsOptions(server.BaseUrl, "test-model") { Timeout = TimeSpan.FromMilliseconds(300) };
        var summary = await new ChatCompletionsSummarizer(http, options).SummarizeAsync(Article);
        Assert.Equal("extractive fallback: timeout", summary.Note);
        Assert.Contains("Dunmore", summary.Short, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_NothingListening_FallsBack()
    {
        Uri closed;
        await using (var server = new LoopbackChatServer(_ => (200, "")))
        {
            closed = server.BaseUrl;
        }
        using var http = new HttpClient();
        var summary = await new ChatCompletionsSummarizer(http, new ChatCompletionsOptions(closed, "m")).SummarizeAsync(Article);
        Assert.StartsWith("extractive fallback", summary.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_GoodReply_UsesModelTextAndSpeaksTheProtocol()
    {
        var reply = "```json\n{\"short\": \"Record flood forces 2,000 from Dunmore homes\", \"long\": \"Rain flooded Dunmore.\\n\\nMore is forecast.\"}\n```";
        await using var server = new LoopbackChatServer(_ => (200, LoopbackChatServer.Envelope(reply)));
        using var http = new HttpClient();
        var summarizer = new ChatCompletionsSummarizer(http, new ChatCompletionsOptions(server.BaseUrl, "test-model", "sk-test"));
        var summary = await summarizer.SummarizeAsync(Article);
        Assert.Equal("Record flood forces 2,000 from Dunmore homes", summary.Short);
        Assert.Equal("Rain flooded Dunmore.\n\nMore is forecast.", summary.Long);
        Assert.Equal("chat-completions", summary.Note);
        Assert.Contains("\"model\":\"test-model\"", server.Requests[0], StringComparison.Ordinal);
        Assert.Contains("\"role\":\"user\"", server.Requests[0], StringComparison.Ordinal);
        Assert.Contains("POST /v1/chat/completions", server.Headers[0], StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer sk-test", server.Headers[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_ModelRunsLong_ShortIsCutAndLongSplitInTwo()
    {
        var longShort = string.Join(' ', Enumerable.Repeat("The flood in Dunmore forced families out", 6));
        var reply = "{\"short\": \"" + longShort + "\", \"long\": \"Rain flooded Dunmore on Monday. Crews used boats. The river crested. More rain is due.\"}";
        await using var server = new LoopbackChatServer(_ => (200, LoopbackChatServer.Envelope(reply)));
        using var http = new HttpClient();
        var summary = await new ChatCompletionsSummarizer(http, new ChatCompletionsOptions(server.BaseUrl, "m")).SummarizeAsync(Article);
        Assert.True(summary.Short.Length <= ShortPhrase.MaxChars);
        Assert.Equal(2, summary.Long.Split("\n\n").Length);
    }
}
