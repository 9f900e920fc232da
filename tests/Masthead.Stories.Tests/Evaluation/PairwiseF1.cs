namespace Masthead.Stories.Tests;

/// <summary>
/// Pairwise clustering scores: every pair of articles is a positive when both are in one predicted story;
/// precision and recall against the pairs that share a gold story (the measure issue 5 names).
/// </summary>
internal static class PairwiseF1
{
    public static (double Precision, double Recall, double F1) Score(IReadOnlyList<(string Gold, string Predicted)> items)
    {
        long tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var gold = items[i].Gold == items[j].Gold;
                var predicted = items[i].Predicted == items[j].Predicted;
                tp += gold && predicted ? 1 : 0;
                fp += !gold && predicted ? 1 : 0;
                fn += gold && !predicted ? 1 : 0;
            }
        }
        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }
}
