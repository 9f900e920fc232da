using System.Globalization;
using System.Text;

namespace Masthead.Extraction.Tests.Evaluation;

/// <summary>
/// The article-extraction-benchmark metric, exactly as its evaluate.py computes it
/// (https://github.com/scrapinghub/article-extraction-benchmark): tokens are Python's Unicode <c>\w+</c>
/// (letters, numbers and '_', not combining marks, so not .NET's <c>\w</c>); units are word 4-gram
/// shingles (a text of 1 to 3 tokens is one short shingle); per document TP/FP/FN over shingle multisets,
/// normalised to sum 1; precision and recall are means over documents; F1 is the harmonic mean of the means.
/// </summary>
public static class AebMetric
{
    private const int N = 4;

    public readonly record struct Counts(double Tp, double Fp, double Fn);

    public readonly record struct Result(double Precision, double Recall, double F1);

    public static Counts Match(string truth, string prediction)
    {
        var expected = Shingles(truth);
        var predicted = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in expected.Keys.Union(predicted.Keys))
        {
            var t = expected.GetValueOrDefault(key);
            var p = predicted.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }
        var sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(tp, fp, fn);
    }

    public static Result Aggregate(IReadOnlyList<Counts> documents)
    {
        var precision = documents.Where(c => c.Tp + c.Fp > 0).Select(Precision).Average();
        var recall = documents.Where(c => c.Tp + c.Fn > 0).Select(Recall).Average();
        return new Result(precision, recall, 2 * precision * recall / (precision + recall));
    }

    public static double Precision(Counts c) =>
        c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fp == 0 ? 0 : c.Tp / (c.Tp + c.Fp);

    public static double Recall(Counts c) =>
        c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fn == 0 ? 0 : c.Tp / (c.Tp + c.Fn);

    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }
        return tokens;
    }

    /// <summary>Python's <c>\w</c> for str patterns: <c>ch.isalnum() or ch == '_'</c> (letters L*, numbers N*).</summary>
    public static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokenize(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - N + 1); i++)
        {
            var length = Math.Min(N, tokens.Count - i);
            if (length <= 0)
            {
                continue;
            }
            var key = string.Join('\u0001', tokens.GetRange(i, length));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }
}
