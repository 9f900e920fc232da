namespace Masthead.Stories;

/// <summary>
/// A story's summary from all its versions: the short one is the first reporter's; the long one takes the best
/// sentences across outlets (scored as <see cref="ExtractiveSummarizer"/> does, over the pooled text) and
/// skips sentences that repeat one already chosen (most of their terms seen), so each outlet's wording of the
/// same fact appears once.
/// </summary>
public static class StorySummarizer
{
    private const double RepeatShare = 0.6;

    public static Summary Summarize(IReadOnlyList<StoryArticle> timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.Count == 0)
        {
            return new Summary("", "") { Note = "empty story" };
        }
        var extractive = new ExtractiveSummarizer();
        var first = extractive.Summarize(timeline[0].Title, timeline[0].Text);
        if (timeline.Count == 1)
        {
            return first;
        }
        var pooled = timeline.Select(a => extractive.Summarize(a.Title, a.Text).Long.Replace("\n\n", " ", StringComparison.Ordinal));
        var sentences = pooled.SelectMany(p => SentenceSplitter.Split(p, p.Length, 50)).ToList();
        var chosen = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var terms = Tokenizer.Terms(sentence).Distinct().ToList();
            if (terms.Count == 0 || terms.Count(seen.Contains) > RepeatShare * terms.Count)
            {
                continue;
            }
            chosen.Add(sentence);
            seen.UnionWith(terms);
            if (chosen.Count == 6)
            {
                break;
            }
        }
        var half = (chosen.Count + 1) / 2;
        var longText = chosen.Count < 2 ? first.Long : string.Join(' ', chosen.Take(half)) + "\n\n" + string.Join(' ', chosen.Skip(half));
        return new Summary(first.Short, longText);
    }
}
