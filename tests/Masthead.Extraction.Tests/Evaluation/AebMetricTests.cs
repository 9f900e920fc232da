using Masthead.Testing;

namespace Masthead.Extraction.Tests.Evaluation;

public class AebMetricTests
{
    public static TheoryData<string, string, string[]> Tokens => new()
    {
        { "words and punctuation", "Hello, world! It's 2020.", ["Hello", "world", "It", "s", "2020"] },
        { "underscore joins", "snake_case here", ["snake_case", "here"] },
        { "unicode letters", "Zürich – Ελλάδα 東京", ["Zürich", "Ελλάδα", "東京"] },
        // Python's \w has no combining marks (Mn): a decomposed "é" splits the word, unlike .NET's \w.
        { "combining mark splits", "cafe\u0301 ok", ["cafe", "ok"] },
        { "superscript digit is a number", "x² y", ["x²", "y"] },
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Tokenize_FollowsPythonWordRegex(string name, string text, string[] expected)
    {
        Assert.NotEmpty(name);
        Assert.Equal(expected, AebMetric.Tokenize(text));
    }

    public static TheoryData<string, string, string, double, double> Pairs => new()
    {
        { "identical", "one two three four five", "one two three four five", 1, 1 },
        { "disjoint", "one two three four", "five six seven eight", 0, 0 },
        { "half extra", "a b c d", "a b c d e", 0.5, 1 },
        { "short text is one shingle", "a b", "a b", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Match_GivesPrecisionAndRecall(string name, string truth, string prediction, double precision, double recall)
    {
        Assert.NotEmpty(name);
        var counts = AebMetric.Match(truth, prediction);
        Assert.Equal(precision, AebMetric.Precision(counts), 9);
        Assert.Equal(recall, AebMetric.Recall(counts), 9);
    }

    /// <summary>The published table of the benchmark (README, F1 to three places), recomputed from its own output files.</summary>
    public static TheoryData<string, double, double, double> Published => new()
    {
        { "readability_js", 0.913944, 0.981993, 0.946748 },
        { "readability", 0.913290, 0.931453, 0.922282 },
        { "trafilatura", 0.938289, 0.977519, 0.957503 },
        { "go_trafilatura", 0.940304, 0.979880, 0.959684 },
        { "rs_trafilatura", 0.951014, 0.989665, 0.969955 },
        { "html-text", 0.499508, 0.994196, 0.664936 },
    };

    [CorpusTheory(AebCorpus.Folder)]
    [MemberData(nameof(Published))]
    public void Score_MatchesThePublishedFigures(string name, double precision, double recall, double f1)
    {
        var predictions = AebCorpus.Published(name);
        var counts = AebCorpus.Pages().Select(p => AebMetric.Match(p.Truth, predictions[p.Id])).ToList();
        var result = AebMetric.Aggregate(counts);
        // The expected values are evaluate.py's, printed to six places.
        Assert.InRange(result.Precision, precision - 1e-6, precision + 1e-6);
        Assert.InRange(result.Recall, recall - 1e-6, recall + 1e-6);
        Assert.InRange(result.F1, f1 - 1e-6, f1 + 1e-6);
    }
}
