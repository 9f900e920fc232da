using System.Text;
using Masthead.Crawling.Model;

namespace Masthead.Cli;

/// <summary>
/// Deterministic synthetic articles for `bench site`: real-looking sizes (10-word titles, 300-700-word
/// bodies from a 2,000-word vocabulary with a Zipf-like skew), 30 outlets, every hashtag, stories of 1-4 reports.
/// </summary>
internal static class BenchSiteCorpus
{
    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ne", "ta", "ri", "so", "vu", "pe", "da", "gor", "lin", "mar", "ten", "bel", "rus", "quo", "zen", "fal", "hur"];

    public static string[] Vocabulary { get; } = BuildVocabulary(2000);

    public static IEnumerable<Article> Generate(int count, IReadOnlyList<string> hashtags, DateTimeOffset now)
    {
        var random = new Random(42);
        var storyId = 0;
        var left = 0;
        for (var i = 0; i < count; i++)
        {
            if (left == 0)
            {
                storyId++;
                left = random.Next(1, 5);
            }
            left--;
            var title = Words(random, random.Next(7, 13));
            var paragraphs = Enumerable.Range(0, random.Next(5, 10)).Select(_ => Words(random, random.Next(50, 90)) + ".").ToList();
            var when = now.AddMinutes(-i * 3 - random.Next(0, 3));
            yield return new Article
            {
                Outlet = $"Outlet {i % 30:D2}",
                Url = $"https://outlet{i % 30:D2}.example/news/{i}",
                CanonicalUrl = $"https://outlet{i % 30:D2}.example/news/{i}",
                Title = char.ToUpperInvariant(title[0]) + title[1..],
                Author = $"Writer {random.Next(200)}",
                Published = when,
                FetchedAt = when,
                Image = $"https://outlet{i % 30:D2}.example/img/{i}.jpg",
                Excerpt = paragraphs[0],
                Text = string.Join("\n", paragraphs),
                Html = string.Concat(paragraphs.Select(p => "<p>" + p + "</p>")),
                Hashtag = hashtags[random.Next(hashtags.Count)],
                StoryId = "s" + storyId,
                FullTextAllowed = i % 3 != 0,
            };
        }
    }

    private static string Words(Random random, int n)
    {
        var sb = new StringBuilder(n * 8);
        for (var i = 0; i < n; i++)
        {
            // Squaring a uniform draw skews towards the first (common) words, roughly as in prose.
            var r = random.NextDouble();
            sb.Append(i == 0 ? "" : " ").Append(Vocabulary[(int)(r * r * Vocabulary.Length)]);
        }
        return sb.ToString();
    }

    private static string[] BuildVocabulary(int size)
    {
        var random = new Random(7);
        var words = new HashSet<string>();
        while (words.Count < size)
        {
            words.Add(string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Syllables[random.Next(Syllables.Length)])));
        }
        return [.. words];
    }
}
