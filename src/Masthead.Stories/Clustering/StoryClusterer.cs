namespace Masthead.Stories;

/// <summary>
/// Streaming story clustering: each new article joins the story of its most similar earlier article inside the
/// time window, or opens a story of its own. Similarity is the cosine of TF-IDF vectors (headline weighted, IDF
/// learned from the stream, proper names boosted). Candidates come from an inverted index over the new article's
/// heaviest terms, so an add costs the length of a few posting lists, not the window. Not thread-safe.
/// </summary>
public sealed class StoryClusterer
{
    private readonly StoryClusterOptions _options;
    private readonly TermTable _terms = new();
    private readonly InvertedIndex _index = new();
    private readonly Queue<WindowArticle> _window = new();
    private readonly Dictionary<long, WindowArticle> _bySequence = [];
    private readonly List<string> _storyIds = [];
    private long _nextSequence;

    public StoryClusterer(StoryClusterOptions? options = null)
    {
        _options = options ?? new StoryClusterOptions();
    }

    /// <summary>Articles currently inside the window.</summary>
    public int WindowCount => _window.Count;

    /// <summary>Adds <paramref name="article"/> and returns its story id (the id of the story's first article).</summary>
    public string Add(StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // 1. Features: weighted raw term frequencies, then TF-IDF with the stream's IDF, normalised.
        var (terms, weights) = Vectorize(TermFeatures.Of(article, _options));
        // 2. Forget what fell out of the window (count cap, and time relative to this article).
        Evict(article.Published);
        // 3. Best earlier article above the threshold, inside the time window.
        var story = terms.Length >= _options.MinTerms ? BestStory(terms, weights, article.Published) : -1;
        if (story < 0)
        {
            _storyIds.Add(article.Id);
            story = _storyIds.Count - 1;
        }
        // 4. Remember this article.
        var entry = new WindowArticle(_nextSequence++, terms, weights, story, article.Published);
        _window.Enqueue(entry);
        _bySequence[entry.Sequence] = entry;
        _index.Add(entry);
        return _storyIds[story];
    }

    private (int[] Terms, float[] Weights) Vectorize(Dictionary<string, double> raw)
    {
        var ids = _terms.Observe(raw.Keys);
        var pairs = new (int Id, double W)[ids.Length];
        var k = 0;
        double norm = 0;
        foreach (var value in raw.Values)
        {
            var w = value * _terms.Idf(ids[k]);
            pairs[k] = (ids[k], w);
            norm += w * w;
            k++;
        }
        Array.Sort(pairs, (a, b) => a.Id.CompareTo(b.Id));
        norm = norm > 0 ? Math.Sqrt(norm) : 1;
        return ([.. pairs.Select(p => p.Id)], [.. pairs.Select(p => (float)(p.W / norm))]);
    }

    private int BestStory(int[] terms, float[] weights, DateTimeOffset? published)
    {
        var firstLive = _window.Count > 0 ? _window.Peek().Sequence : _nextSequence;
        var scores = new Dictionary<long, double>();
        var maxPostings = Math.Max(50, (int)(_options.MaxPostingShare * _window.Count));
        foreach (var k in HeaviestTerms(weights))
        {
            if (_index.CountUpperBound(terms[k]) > maxPostings)
            {
                continue;
            }
            foreach (var (sequence, w) in _index.Live(terms[k], firstLive))
            {
                scores[sequence] = scores.GetValueOrDefault(sequence) + (w * weights[k]);
            }
        }
        var best = -1;
        var bestScore = _options.Threshold;
        foreach (var (sequence, _) in scores.OrderByDescending(s => s.Value).Take(_options.Candidates))
        {
            var candidate = _bySequence[sequence];
            if (!InTime(candidate.Published, published))
            {
                continue;
            }
            var score = candidate.Cosine(terms, weights);
            if (score >= bestScore)
            {
                bestScore = score;
                best = candidate.Story;
            }
        }
        return best;
    }

    private IEnumerable<int> HeaviestTerms(float[] weights) =>
        Enumerable.Range(0, weights.Length).OrderByDescending(k => weights[k]).Take(_options.QueryTerms);

    private bool InTime(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null || b is null || (a.Value - b.Value).Duration() <= _options.Window;

    private void Evict(DateTimeOffset? now)
    {
        while (_window.Count > 0 && (_window.Count >= _options.MaxWindowArticles || TooOld(_window.Peek().Published, now)))
        {
            _bySequence.Remove(_window.Dequeue().Sequence);
        }
    }

    // Only articles far older than the window are forgotten: feeds deliver out of order by hours, not weeks.
    private bool TooOld(DateTimeOffset? old, DateTimeOffset? now) =>
        old is not null && now is not null && now.Value - old.Value > _options.Window * 2;
}
