using Masthead.Core;

namespace Masthead.Stories;

/// <summary>
/// Built-in summaries without a network: sentences are scored by how central their terms are to the article
/// (term frequency in the whole text, Luhn 1958), overlap with the headline and position (news puts the event
/// first). Short: the lead sentence cut to a whole phrase. Long: the best sentences in article order, as two
/// paragraphs. An article without a body summarises its headline.
/// </summary>
public sealed class ExtractiveSummarizer : ISummarizer
{
    private const int MaxSentences = 200;
    private const int LongTargetChars = 700;
    private const int LongMaxSentences = 6;

    public Task<Summary> SummarizeAsync(StoryArticle article, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Task.FromResult(Summarize(article.Title, article.Text));
    }

    /// <summary>The synchronous core, for callers that are not async.</summary>
    public Summary Summarize(string? title, string? text)
    {
        var sentences = SentenceSplitter.Split(text, Limits.MaxStoryTextChars, MaxSentences);
        if (sentences.Count == 0)
        {
            var headline = string.IsNullOrWhiteSpace(title) ? "" : title.Trim();
            return new Summary(ShortPhrase.Cut(headline), headline) { Note = "no body text: headline only" };
        }
        var scores = Score(title, sentences);
        var shortText = ShortPhrase.Cut(Lead(sentences, scores));
        return new Summary(shortText, TwoParagraphs(Pick(sentences, scores)));
    }

    private static double[] Score(string? title, List<string> sentences)
    {
        var frequency = sentences.SelectMany(s => Tokenizer.Terms(s)).CountBy(t => t).ToDictionary(p => p.Key, p => p.Value);
        var titleTerms = Tokenizer.Terms(title).ToHashSet(StringComparer.Ordinal);
        var scores = new double[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var terms = Tokenizer.Terms(sentences[i]);
            if (terms.Count < 4)
            {
                continue; // fragments, captions and bylines do not make a summary
            }
            var centrality = terms.Sum(t => Math.Log(1 + frequency[t])) / Math.Sqrt(terms.Count);
            var headline = terms.Count(titleTerms.Contains) / (double)Math.Max(1, titleTerms.Count);
            var position = 1.0 / Math.Sqrt(i + 1);
            scores[i] = centrality * (1 + headline) * (0.5 + position);
        }
        return scores;
    }

    // The lead: the first real sentence (news writing puts the event there), not the best-scored one.
    private static string Lead(List<string> sentences, double[] scores)
    {
        var first = Array.FindIndex(scores, s => s > 0);
        return first < 0 ? sentences[0] : sentences[first];
    }

    private static List<string> Pick(List<string> sentences, double[] scores)
    {
        var chosen = new List<int>();
        var length = 0;
        foreach (var i in Enumerable.Range(0, sentences.Count).Where(i => scores[i] > 0).OrderByDescending(i => scores[i]))
        {
            if (chosen.Count >= LongMaxSentences || length >= LongTargetChars)
            {
                break;
            }
            chosen.Add(i);
            length += sentences[i].Length;
        }
        if (chosen.Count == 0)
        {
            chosen.Add(0);
        }
        return [.. chosen.Order().Select(i => sentences[i])];
    }

    private static string TwoParagraphs(List<string> picked)
    {
        if (picked.Count == 1)
        {
            return picked[0];
        }
        var half = (picked.Count + 1) / 2;
        return string.Join(' ', picked.Take(half)) + "\n\n" + string.Join(' ', picked.Skip(half));
    }
}
