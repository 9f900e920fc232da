using Masthead.Core;

namespace Masthead.Stories;

/// <summary>
/// Raw term weights of one article for clustering: headline terms count <see cref="StoryClusterOptions.TitleWeight"/>
/// times, the body's first <see cref="StoryClusterOptions.MaxBodyWords"/> words once, and a term written with a
/// capital letter away from a sentence start (a proper name: "Etheridge", "Medicare") is boosted by
/// <see cref="StoryClusterOptions.NameBoost"/>, which is how shared named entities weigh in.
/// </summary>
internal static class TermFeatures
{
    /// <summary>Weights of headline and body together, and of the body alone (to check that bodies agree too).</summary>
    public static (Dictionary<string, double> All, Dictionary<string, double> Body) Of(StoryArticle article, StoryClusterOptions options)
    {
        var body = new Dictionary<string, double>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        Count(article.Text, 1, options.MaxBodyWords, body, names);
        var all = new Dictionary<string, double>(body, StringComparer.Ordinal);
        Count(article.Title, options.TitleWeight, int.MaxValue, all, names);
        return (Weigh(all, names, options), Weigh(body, names, options));
    }

    private static Dictionary<string, double> Weigh(Dictionary<string, double> counts, HashSet<string> names, StoryClusterOptions options)
    {
        foreach (var term in counts.Keys.ToList())
        {
            // Sub-linear term frequency (Salton & Buckley 1988): the tenth mention adds less than the second.
            var tf = 1 + Math.Log(counts[term]);
            counts[term] = names.Contains(term) ? tf * options.NameBoost : tf;
        }
        return counts;
    }

    private static void Count(string? text, int weight, int maxWords, Dictionary<string, double> counts, HashSet<string> names)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        var words = 0;
        var sentenceStart = true;
        var end = Math.Min(text.Length, Limits.MaxStoryTextChars);
        var i = 0;
        while (i < end && words < maxWords)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                sentenceStart |= text[i] is '.' or '!' or '?' or '"' or '\n' or ':';
                i++;
                continue;
            }
            var start = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < end && char.IsUpper(text[i + 1]))))
            {
                i++;
            }
            var raw = text[start..i].Replace(".", "", StringComparison.Ordinal);
            words++;
            var lower = raw.ToLowerInvariant();
            if (lower.Length > 1 && !Tokenizer.IsStopWord(lower))
            {
                var term = Tokenizer.Fold(lower);
                counts[term] = counts.GetValueOrDefault(term) + weight;
                if (!sentenceStart && char.IsUpper(raw[0]) && weight == 1)
                {
                    names.Add(term);
                }
            }
            sentenceStart = false;
        }
    }
}
