using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Masthead.Extraction.Tests.Evaluation;

/// <summary>
/// For iterating on the extractor: with MASTHEAD_EVAL_REPORT=/some/folder set, the quality gates write
/// their per-document scores (worst first) and raw outputs there. Nothing is written otherwise.
/// </summary>
public static class EvalReport
{
    public static string? Folder => Environment.GetEnvironmentVariable("MASTHEAD_EVAL_REPORT");

    public static void Write(string name, IEnumerable<(string Id, string Url, AebMetric.Counts Counts, string Text)> rows)
    {
        if (Folder is not { Length: > 0 } folder)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        var list = rows.ToList();
        var tsv = new StringBuilder("f1\tprecision\trecall\tid\turl\n");
        foreach (var row in list.OrderBy(r => F1(r.Counts)))
        {
            tsv.Append(CultureInfo.InvariantCulture, $"{F1(row.Counts):F3}\t{AebMetric.Precision(row.Counts):F3}\t{AebMetric.Recall(row.Counts):F3}\t{row.Id}\t{row.Url}\n");
        }
        File.WriteAllText(Path.Combine(folder, name + ".tsv"), tsv.ToString());
        var output = new { output = list.ToDictionary(r => r.Id, r => new { articleBody = r.Text }) };
        File.WriteAllText(Path.Combine(folder, name + ".json"), JsonSerializer.Serialize(output));
    }

    public static void WriteLines(string name, IEnumerable<string> lines)
    {
        if (Folder is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllLines(Path.Combine(folder, name), lines);
        }
    }

    private static double F1(AebMetric.Counts c)
    {
        var p = AebMetric.Precision(c);
        var r = AebMetric.Recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
