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
    // Partial dot products, indexed by sequence modulo the window capacity (a dense array beats a hash map
    // by an order of magnitude here), and the slots touched by the current article.
    private readonly float[] _scores;
    private readonly List<long> _touched = [];
    private readonly PriorityQueue<long, float> _top = new();
    private long _nextSequence;

    public StoryClusterer(StoryClusterOptions? options = null)
    {
        _options = options ?? new StoryClusterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxWindowArticles, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.MaxWindowArticles, Masthead.Core.Limits.MaxStoryWindowArticles);
        _scores = new float[_options.MaxWindowArticles + 1];
    }

    /// <summary>Articles currently inside the window.</summary>
    public int WindowCount => _window.Count;

    /// <summary>Adds <paramref name="article"/> and returns its story id (the id of the story's first article).</summary>
    public string Add(StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // 1. Features: weighted raw term frequencies, then TF-IDF with the stream's IDF, normalised.
        var (all, body) = TermFeatures.Of(article, _options);
        var vector = Vectorize(all, observe: true);
        var bodyVector = Vectorize(body, observe: false);
        // 2. Forget what fell out of the window (count cap, and time relative to this article).
        Evict(article.Published);
        // 3. Best earlier article above the threshold, inside the time window.
        var story = vector.Terms.Length >= _options.MinTerms ? BestStory(vector, bodyVector, article.Published) : -1;
        if (story < 0)
        {
            _storyIds.Add(article.Id);
            story = _storyIds.Count - 1;
        }
        // 4. Remember this article.
        var entry = new WindowArticle(_nextSequence++, vector, bodyVector, story, article.Published);
        _window.Enqueue(entry);
        _bySequence[entry.Sequence] = entry;
        _index.Add(entry);
        return _storyIds[story];
    }

    private SparseVector Vectorize(Dictionary<string, double> raw, bool observe)
    {
        if (raw.Count == 0)
        {
            return SparseVector.Empty;
        }
        var ids = observe ? _terms.Observe(raw.Keys) : [.. raw.Keys.Select(_terms.IdOf)];
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
        return new SparseVector([.. pairs.Select(p => p.Id)], [.. pairs.Select(p => (float)(p.W / norm))]);
    }

    private int BestStory(SparseVector vector, SparseVector body, DateTimeOffset? published)
    {
        var firstLive = _window.Count > 0 ? _window.Peek().Sequence : _nextSequence;
        var maxPostings = Math.Max(50, (int)(_options.MaxPostingShare * _window.Count));
        foreach (var k in HeaviestTerms(vector.Weights))
        {
            if (_index.CountUpperBound(vector.Terms[k]) > maxPostings)
            {
                continue;
            }
            foreach (var (sequence, w) in _index.Live(vector.Terms[k], firstLive))
            {
                var slot = (int)(sequence % _scores.Length);
                if (_scores[slot] == 0)
                {
                    _touched.Add(sequence);
                }
                _scores[slot] += w * vector.Weights[k];
            }
        }
        var best = -1;
        var bestScore = _options.Threshold;
        foreach (var sequence in TopCandidates())
        {
            var candidate = _bySequence[sequence];
            if (!InTime(candidate.Published, published) || !BodiesAgree(candidate.Body, body))
            {
                continue;
            }
            var score = candidate.Vector.Cosine(vector);
            if (score >= bestScore)
            {
                bestScore = score;
                best = candidate.Story;
            }
        }
        return best;
    }

    // The highest partial scores, kept in a bounded min-heap (no sort of every candidate).
    private List<long> TopCandidates()
    {
        _top.Clear();
        foreach (var sequence in _touched)
        {
            var slot = (int)(sequence % _scores.Length);
            var score = _scores[slot];
            _scores[slot] = 0;
            if (_top.Count < _options.Candidates)
            {
                _top.Enqueue(sequence, score);
            }
            else if (_top.TryPeek(out _, out var lowest) && score > lowest)
            {
                _top.DequeueEnqueue(sequence, score);
            }
        }
        _touched.Clear();
        var result = new List<long>(_top.Count);
        while (_top.TryDequeue(out var sequence, out _))
        {
            result.Add(sequence);
        }
        return result;
    }

    // Identical headlines over different events ("What we know so far", "Live updates") must not merge: when both
    // articles have a body, the bodies themselves have to share some weight.
    private bool BodiesAgree(SparseVector a, SparseVector b) =>
        a.IsEmpty || b.IsEmpty || a.Cosine(b) >= _options.MinBodySimilarity;

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
