using Masthead.Core;

namespace Masthead.Stories;

/// <summary>
/// Gives each article exactly one hashtag from the channel's list, and its named entities. Votes, strongest
/// first: the outlet's own feed categories and URL section path (/politics/, /sport/), then the hand-written
/// lexicons over the headline (counted twice) and the body's lead. Nothing is learned from labelled data.
/// A lexicon entry votes its weight times ln(1 + mentions), a headline mention counting 2 and a body mention 1:
/// sublinear term frequency, as in TF-IDF weighting (Manning, Raghavan and Schütze, Introduction to Information
/// Retrieval, 6.4.1). The tenth "police" in a long political story is not ten times the evidence of the first;
/// counted linearly, one repeated ambiguous word outvotes many different words that agree.
/// </summary>
public sealed class HashtagTagger
{
    /// <summary>The channel list of the reference site (issue 5).</summary>
    public static readonly IReadOnlyList<string> DefaultHashtags =
    [
        "#politics", "#foreignaffairs", "#military", "#crime", "#economy", "#sports",
        "#technology", "#science", "#health", "#culture", "#religion", "#society",
    ];

    private const double SectionVote = 8.0;
    private const int TitleWeight = 2;
    private const int BodyWords = 600;

    private readonly HashtagLexicon _lexicon = HashtagLexicon.Default;
    private readonly HashSet<string> _allowed;
    private readonly string _fallback;
    private readonly EntityExtractor _entities = new();

    public HashtagTagger(IReadOnlyList<string>? hashtags = null)
    {
        var list = hashtags is { Count: > 0 } ? hashtags : DefaultHashtags;
        _allowed = new HashSet<string>(list, StringComparer.OrdinalIgnoreCase);
        _fallback = _allowed.Contains(_lexicon.Fallback) ? _lexicon.Fallback : list[0];
    }

    public TagResult Tag(StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new TagResult(Hashtag(article), _entities.Extract(article.Title, article.Text));
    }

    /// <summary>The winning hashtag (ties go to the earlier one in the list order of the lexicon file).</summary>
    public string Hashtag(StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var scores = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in SectionWords(article))
        {
            if (_lexicon.Sections.TryGetValue(word, out var tag))
            {
                Vote(scores, tag, SectionVote);
            }
        }
        var mentions = new Dictionary<string, (List<(string Hashtag, double Weight)> Votes, double Count)>(StringComparer.Ordinal);
        CountMentions(mentions, Tokenizer.Terms(article.Title), TitleWeight);
        CountMentions(mentions, Tokenizer.Terms(article.Text, Limits.MaxStoryTextChars).Take(BodyWords).ToList(), 1);
        foreach (var (votes, count) in mentions.Values)
        {
            foreach (var (tag, w) in votes)
            {
                Vote(scores, tag, w * Math.Log(1 + count));
            }
        }
        var best = scores.Where(s => s.Value > 0).OrderByDescending(s => s.Value).Select(s => s.Key).FirstOrDefault();
        return best ?? _fallback;
    }

    /// <summary>Adds <paramref name="weight"/> per occurrence of each lexicon term or phrase (up to 3 terms).</summary>
    private void CountMentions(Dictionary<string, (List<(string Hashtag, double Weight)> Votes, double Count)> mentions, List<string> terms, double weight)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            for (var n = 1; n <= 3 && i + n <= terms.Count; n++)
            {
                var key = n == 1 ? terms[i] : string.Join(' ', terms.Skip(i).Take(n));
                if (_lexicon.Terms.TryGetValue(key, out var votes))
                {
                    mentions[key] = (votes, mentions.GetValueOrDefault(key).Count + weight);
                }
            }
        }
    }

    private void Vote(Dictionary<string, double> scores, string tag, double amount)
    {
        if (_allowed.Contains(tag))
        {
            scores[tag] = scores.GetValueOrDefault(tag) + amount;
        }
    }

    /// <summary>Lower-cased feed categories (whole, and word by word) and URL path segments.</summary>
    private static IEnumerable<string> SectionWords(StoryArticle article)
    {
        foreach (var category in article.Categories)
        {
            var lower = category.Trim().ToLowerInvariant();
            yield return lower;
            foreach (var word in lower.Split([' ', '/', '&', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                yield return word;
            }
        }
        if (article.Url is not null && Uri.TryCreate(article.Url, UriKind.Absolute, out var uri))
        {
            // The last segment is the article slug; only the folders above it name a section.
            var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            foreach (var segment in segments.Take(Math.Max(0, segments.Length - 1)).Take(3))
            {
                yield return segment.ToLowerInvariant();
            }
        }
    }
}
