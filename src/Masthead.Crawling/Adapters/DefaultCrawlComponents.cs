using Masthead.Crawling.Channel;
using Masthead.Crawling.Pipeline;
using Masthead.Stories;

namespace Masthead.Crawling.Adapters;

/// <summary>The real libraries behind the crawler's seams, configured from the channel.</summary>
public static class DefaultCrawlComponents
{
    public static CrawlComponents Create(ChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new CrawlComponents(new FeedsFeedReader(), new ExtractionPageExtractor(), new StoriesEnricher(channel.Hashtags, SummarizerFor(channel.Summarizer)));
    }

    /// <summary>The chat-completions summarizer when an endpoint is configured (it falls back by itself), else the extractive one.</summary>
    public static ISummarizer SummarizerFor(SummarizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.BaseUrl) || string.IsNullOrWhiteSpace(options.Model))
        {
            return new ExtractiveSummarizer();
        }
        var endpoint = new ChatCompletionsOptions(new Uri(options.BaseUrl), options.Model, options.ApiKey)
        {
            Timeout = TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds)),
        };
        return new ChatCompletionsSummarizer(new HttpClient(), endpoint);
    }
}
