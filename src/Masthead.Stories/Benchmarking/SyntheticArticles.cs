using System.Globalization;
using System.Text;

namespace Masthead.Stories;

/// <summary>
/// Synthetic news for the stories benchmark: a 50,000-word made-up vocabulary drawn with a Zipf law (as word
/// use in real text), each event contributing a few distinctive words to its 1-6 articles, spread over time.
/// No corpus text is involved, so the benchmarks (`masthead bench stories`, BenchmarkDotNet) run anywhere.
/// </summary>
public sealed class SyntheticArticles(int seed)
{
    private const int Vocabulary = 50_000;
    private const int BodyWords = 250;
    private readonly Random _random = new(seed);
    private readonly double[] _cumulative = Zipf(Vocabulary);
    private int _count;
    private int _event;
    private int _eventLeft;
    private string[] _eventWords = [];

    public StoryArticle Next(DateTimeOffset start)
    {
        if (_eventLeft-- <= 0)
        {
            _event++;
            _eventLeft = _random.Next(1, 7);
            _eventWords = [.. Enumerable.Range(0, 8).Select(_ => Word(_random.Next(Vocabulary)))];
        }
        var title = string.Join(' ', _eventWords.Take(3).Concat(Enumerable.Range(0, 5).Select(_ => Draw())));
        var body = new StringBuilder();
        for (var i = 0; i < BodyWords; i++)
        {
            body.Append(i % 10 == 0 ? _eventWords[_random.Next(_eventWords.Length)] : Draw()).Append(i % 15 == 14 ? ". " : " ");
        }
        _count++;
        var id = _count.ToString(CultureInfo.InvariantCulture);
        return new StoryArticle(id, "https://example.com/news/" + id, "Outlet" + (_count % 40), title, body.ToString(), start.AddSeconds(_count * 2));
    }

    private string Draw()
    {
        var index = Array.BinarySearch(_cumulative, _random.NextDouble());
        return Word(index < 0 ? ~index : index);
    }

    private static string Word(int rank) => "w" + rank.ToString("x", CultureInfo.InvariantCulture) + "q";

    private static double[] Zipf(int n)
    {
        var weights = Enumerable.Range(1, n).Select(r => 1.0 / r).ToArray();
        var total = weights.Sum();
        var cumulative = new double[n];
        double running = 0;
        for (var i = 0; i < n; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }
        return cumulative;
    }
}
