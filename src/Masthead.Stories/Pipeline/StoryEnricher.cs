namespace Masthead.Stories;

/// <summary>
/// The stories stage as one call, used alike by the CLI and the crawler: canonical URL, duplicates, hashtag and
/// entities, summary, story. Holds the streaming state (duplicate index, clusterer), so one instance serves one
/// stream and calls must be serialised by the caller.
/// </summary>
public sealed class StoryEnricher(ISummarizer? summarizer = null, HashtagTagger? tagger = null, StoryClusterOptions? clustering = null)
{
    private readonly ISummarizer _summarizer = summarizer ?? new ExtractiveSummarizer();
    private readonly HashtagTagger _tagger = tagger ?? new HashtagTagger();
    private readonly NearDuplicateIndex _duplicates = new();
    private readonly StoryClusterer _clusterer = new(clustering);
    // Story of each recent article, for copies; bounded like the clusterer's window (oldest forgotten first).
    private readonly Dictionary<string, string> _storyOf = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly int _remember = (clustering ?? new StoryClusterOptions()).MaxWindowArticles;

    public async Task<EnrichedArticle> EnrichAsync(StoryArticle article, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        // 1. Identity: one URL per page.
        var canonical = article.Url is null ? null : UrlCanonicalizer.Canonicalize(article.Url);
        // 2. Cheap before expensive: an exact or near copy of an earlier article joins that article's story.
        var duplicateOf = _duplicates.FindOrAdd(article.Id, article.Text);
        // 3. Hashtag and entities.
        var tags = _tagger.Tag(article);
        // 4. Summary (never throws for a failing backend; it degrades to extractive).
        var summary = await _summarizer.SummarizeAsync(article, ct).ConfigureAwait(false);
        // 5. Story: a copy goes where its original went; everything else through the clusterer.
        var story = duplicateOf is not null && _storyOf.TryGetValue(duplicateOf, out var original) ? original : _clusterer.Add(article);
        Remember(article.Id, story);
        return new EnrichedArticle(article, canonical, duplicateOf, tags.Hashtag, tags.Entities, summary, story);
    }

    private void Remember(string id, string story)
    {
        if (_storyOf.TryAdd(id, story))
        {
            _order.Enqueue(id);
        }
        while (_order.Count > _remember)
        {
            _storyOf.Remove(_order.Dequeue());
        }
    }
}
