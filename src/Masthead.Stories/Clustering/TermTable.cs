namespace Masthead.Stories;

/// <summary>
/// Term ids and document frequencies learned from the stream itself (no background corpus): every article
/// seen so far counts once per distinct term. IDF is the smoothed form ln((N+1)/(df+1))+1.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];

    public long Documents { get; private set; }

    public int Count => _ids.Count;

    /// <summary>Counts one article's distinct terms and returns their ids, in the order given.</summary>
    public int[] Observe(IEnumerable<string> distinctTerms)
    {
        Documents++;
        var ids = new List<int>();
        foreach (var term in distinctTerms)
        {
            if (!_ids.TryGetValue(term, out var id))
            {
                id = _ids.Count;
                _ids[term] = id;
                _documentFrequency.Add(0);
            }
            _documentFrequency[id]++;
            ids.Add(id);
        }
        return [.. ids];
    }

    /// <summary>The id of a term already observed, or -1.</summary>
    public int IdOf(string term) => _ids.TryGetValue(term, out var id) ? id : -1;

    public int DocumentFrequency(int id) => _documentFrequency[id];

    public double Idf(int id) => Math.Log((Documents + 1.0) / (_documentFrequency[id] + 1.0)) + 1.0;
}
