namespace Masthead.Stories;

/// <summary>
/// MinHash signatures over word shingles (Broder 1997): the share of equal slots between two signatures
/// estimates the Jaccard similarity of the shingle sets. Each slot uses its own multiply-xorshift hash of
/// the 64-bit shingle hash, so no permutation tables are stored.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _seeds;

    public MinHasher(int slots, int shingleWords)
    {
        ShingleWords = shingleWords;
        _seeds = new ulong[slots];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < slots; i++)
        {
            state = Mix(state + 0x9E3779B97F4A7C15UL);
            _seeds[i] = state | 1;
        }
    }

    public int ShingleWords { get; }

    public int Slots => _seeds.Length;

    /// <summary>The signature of <paramref name="text"/>, or null when it has fewer words than one shingle.</summary>
    public ulong[]? Signature(string text, int maxChars)
    {
        var shingles = Shingles(text, maxChars);
        if (shingles.Count == 0)
        {
            return null;
        }
        var signature = new ulong[_seeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < _seeds.Length; i++)
            {
                var h = Mix(shingle ^ _seeds[i]);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of equal slots.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }
        return (double)same / a.Length;
    }

    private HashSet<ulong> Shingles(string text, int maxChars)
    {
        var words = Tokenizer.Words(text, maxChars).Select(HashWord).ToList();
        var set = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var h = 0xCBF29CE484222325UL;
            for (var j = 0; j < ShingleWords; j++)
            {
                h = Mix(h ^ words[i + j]);
            }
            set.Add(h);
        }
        return set;
    }

    private static ulong HashWord(string word)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }
        return h;
    }

    // SplitMix64 finaliser: a cheap, well-mixed 64-bit hash.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
