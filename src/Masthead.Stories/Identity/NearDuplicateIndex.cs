using Masthead.Core;

namespace Masthead.Stories;

/// <summary>
/// Finds syndicated copies (the same wire story lightly edited on many sites). Texts are reduced to
/// MinHash signatures over 3-word shingles; locality-sensitive hashing (bands of rows, Leskovec et al.,
/// "Mining of Massive Datasets" ch. 3) proposes candidates; a candidate is a near-duplicate when the
/// signatures agree on at least <see cref="Threshold"/> of their slots. Exact copies are caught first by
/// <see cref="ContentHash"/>. Texts too short to shingle are only matched exactly. Not thread-safe.
/// </summary>
public sealed class NearDuplicateIndex
{
    private readonly MinHasher _hasher;
    private readonly int _rowsPerBand;
    private readonly Dictionary<string, string> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];
    private readonly List<(string Id, ulong[] Signature)> _entries = [];

    /// <param name="threshold">Least estimated Jaccard similarity of shingle sets for a near-duplicate.</param>
    /// <param name="bands">LSH bands; with 128 slots, 32 bands of 4 rows catch pairs above ~0.45 with high probability.</param>
    public NearDuplicateIndex(double threshold = 0.5, int slots = 128, int bands = 32, int shingleWords = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        if (slots % bands != 0)
        {
            throw new ArgumentException("slots must be a multiple of bands", nameof(slots));
        }
        Threshold = threshold;
        _rowsPerBand = slots / bands;
        _hasher = new MinHasher(slots, shingleWords);
    }

    public double Threshold { get; }

    public int Count => _byHash.Count;

    /// <summary>The id of an earlier near-duplicate of <paramref name="text"/>, or null (and then <paramref name="id"/> is added).</summary>
    public string? FindOrAdd(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        var clipped = Clip(text);
        if (!Tokenizer.Words(clipped).Any())
        {
            // Nothing to compare: an empty text is never a duplicate of another empty text.
            return null;
        }
        var hash = ContentHash.Of(clipped);
        if (_byHash.TryGetValue(hash, out var exact))
        {
            return exact;
        }
        var signature = _hasher.Signature(clipped, Limits.MaxStoryTextChars);
        if (signature is not null && BestCandidate(signature) is { } earlier)
        {
            return earlier;
        }
        _byHash[hash] = id;
        if (signature is not null)
        {
            Add(id, signature);
        }
        return null;
    }

    private static string Clip(string? text) =>
        text is null ? "" : text.Length > Limits.MaxStoryTextChars ? text[..Limits.MaxStoryTextChars] : text;

    private string? BestCandidate(ulong[] signature)
    {
        var seen = new HashSet<int>();
        string? best = null;
        var bestScore = Threshold;
        for (var band = 0; band * _rowsPerBand < signature.Length; band++)
        {
            if (!_buckets.TryGetValue((band, BandKey(signature, band)), out var bucket))
            {
                continue;
            }
            foreach (var index in bucket)
            {
                if (!seen.Add(index))
                {
                    continue;
                }
                var score = MinHasher.Similarity(signature, _entries[index].Signature);
                if (score >= bestScore)
                {
                    bestScore = score;
                    best = _entries[index].Id;
                }
            }
        }
        return best;
    }

    private void Add(string id, ulong[] signature)
    {
        _entries.Add((id, signature));
        var index = _entries.Count - 1;
        for (var band = 0; band * _rowsPerBand < signature.Length; band++)
        {
            var key = (band, BandKey(signature, band));
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                _buckets[key] = bucket = [];
            }
            bucket.Add(index);
        }
    }

    private ulong BandKey(ulong[] signature, int band)
    {
        var h = 1469598103934665603UL;
        for (var r = 0; r < _rowsPerBand; r++)
        {
            h = (h ^ signature[(band * _rowsPerBand) + r]) * 1099511628211UL;
        }
        return h;
    }
}
