namespace Masthead.Stories;

/// <summary>
/// Words for matching: lower-cased runs of letters and digits, English possessives and plurals folded
/// ("senators'" and "senator" are one term), stop words dropped. Deliberately light: a stemmer would merge
/// more, but names ("Ross", "Davis") must survive untouched for entity overlap to mean anything.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> StopWords = new(EmbeddedData.ReadLines("stopwords.txt"), StringComparer.Ordinal);

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>Content terms of <paramref name="text"/>, in order, at most <paramref name="maxChars"/> characters read.</summary>
    public static List<string> Terms(string? text, int maxChars = int.MaxValue)
    {
        var terms = new List<string>();
        foreach (var word in Words(text, maxChars))
        {
            if (word.Length > 1 && !StopWords.Contains(word))
            {
                terms.Add(Fold(word));
            }
        }
        return terms;
    }

    /// <summary>Every lower-cased word (stop words kept), as shingling needs.</summary>
    public static IEnumerable<string> Words(string? text, int maxChars = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        var end = Math.Min(text.Length, maxChars);
        var start = -1;
        for (var i = 0; i <= end; i++)
        {
            var inWord = i < end && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>Folds regular English plurals: "taxes" -> "tax", "policies" -> "policy", "votes" -> "vote".</summary>
    internal static string Fold(string word)
    {
        if (word.Length <= 3 || word[^1] != 's' || word.EndsWith("ss", StringComparison.Ordinal) ||
            word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }
        if (word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) ||
            word.EndsWith("shes", StringComparison.Ordinal))
        {
            return word[..^2];
        }
        return word[..^1];
    }
}
