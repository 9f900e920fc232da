namespace Masthead.Stories;

/// <summary>
/// Term id -> the window articles that contain it, with their weight. Articles enter and leave in arrival
/// order, so each posting list is sorted by sequence and the forgotten ones are always a prefix: they are
/// skipped by a moving head and trimmed in bulk, never searched for.
/// </summary>
internal sealed class InvertedIndex
{
    private readonly List<Postings> _lists = [];

    public void Add(WindowArticle article)
    {
        var vector = article.Vector;
        for (var k = 0; k < vector.Terms.Length; k++)
        {
            var term = vector.Terms[k];
            while (_lists.Count <= term)
            {
                _lists.Add(new Postings());
            }
            _lists[term].Items.Add((article.Sequence, vector.Weights[k]));
        }
    }

    /// <summary>Live postings of <paramref name="term"/> (sequence >= <paramref name="firstLive"/>).</summary>
    public ReadOnlySpan<(long Sequence, float Weight)> Live(int term, long firstLive)
    {
        if (term >= _lists.Count)
        {
            return [];
        }
        var postings = _lists[term];
        postings.Trim(firstLive);
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(postings.Items)[postings.Head..];
    }

    /// <summary>Number of live postings of a term (cheap upper bound before the head moves).</summary>
    public int CountUpperBound(int term) => term < _lists.Count ? _lists[term].Items.Count - _lists[term].Head : 0;

    private sealed class Postings
    {
        public List<(long Sequence, float Weight)> Items { get; } = [];

        public int Head { get; private set; }

        public void Trim(long firstLive)
        {
            while (Head < Items.Count && Items[Head].Sequence < firstLive)
            {
                Head++;
            }
            if (Head > 64 && Head > Items.Count / 2)
            {
                Items.RemoveRange(0, Head);
                Head = 0;
            }
        }
    }
}
