using Masthead.Core;
using Masthead.Crawling.Model;
using Masthead.Crawling.Pipeline;
using Masthead.Stories;

namespace Masthead.Crawling.Adapters;

/// <summary>
/// The crawler's enrichment seam on Masthead.Stories: canonical URLs, content hashes, the MinHash
/// near-duplicate index and the streaming story clusterer. Those two are not thread-safe; one lock guards
/// them (they are fast next to fetching and extraction). Hashtag, entities and summary are per article.
/// </summary>
public sealed class StoriesEnricher(IReadOnlyList<string>? hashtags = null, ISummarizer? summarizer = null) : IArticleEnricher
{
    private readonly NearDuplicateIndex _nearDuplicates = new();
    private readonly StoryClusterer _stories = new();
    private readonly HashtagTagger _tagger = new(hashtags);
    private readonly ISummarizer _summarizer = summarizer ?? new ExtractiveSummarizer();
    private readonly Lock _gate = new();

    public string Canonicalize(string url) => UrlCanonicalizer.Canonicalize(url);

    public string ContentHash(string text) => Stories.ContentHash.Of(text);

    public string? FindNearDuplicate(string key, string text)
    {
        lock (_gate)
        {
            return _nearDuplicates.FindOrAdd(key, Clip(text));
        }
    }

    public async Task<Article> EnrichAsync(Article article, IReadOnlyList<string> categories, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        var story = ToStory(article, categories);
        var tags = _tagger.Tag(story);
        var summary = await _summarizer.SummarizeAsync(story, ct).ConfigureAwait(false);
        string storyId;
        lock (_gate)
        {
            storyId = _stories.Add(story);
        }
        return article with
        {
            Hashtag = tags.Hashtag,
            Entities = [.. tags.Entities.Select(e => new ArticleEntity(e.Text, e.Type, e.Lat, e.Lon))],
            SummaryShort = summary.Short,
            SummaryLong = summary.Long,
            StoryId = storyId,
        };
    }

    public void Warm(IReadOnlyList<Article> recent)
    {
        ArgumentNullException.ThrowIfNull(recent);
        lock (_gate)
        {
            // Oldest first, as they arrived; stored ids and story ids are already on them.
            foreach (var article in recent.OrderBy(a => a.Published ?? a.FetchedAt))
            {
                _nearDuplicates.FindOrAdd(article.CanonicalUrl, Clip(article.Text));
                _stories.Add(ToStory(article, []));
            }
        }
    }

    private static StoryArticle ToStory(Article article, IReadOnlyList<string> categories) =>
        new(article.StoryId ?? article.CanonicalUrl, article.Url, article.Outlet, article.Title, Clip(article.Text), article.Published ?? article.FetchedAt)
        {
            Categories = categories,
        };

    private static string Clip(string text) => text.Length > Limits.MaxStoryTextChars ? text[..Limits.MaxStoryTextChars] : text;
}
