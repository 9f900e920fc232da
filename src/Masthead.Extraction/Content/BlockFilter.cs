using Masthead.Extraction.Metadata;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Content;

/// <summary>
/// Last pass over the written blocks: drops the title repeated as a heading, bylines and datelines repeated
/// in the body, short link-only lines ("Read more: ...") and short lines that carry a boilerplate phrase.
/// </summary>
internal static class BlockFilter
{
    private const int ShortBlockChars = 120;
    private const double LinkOnlyShare = 0.8;

    public static List<Block> Filter(List<Block> blocks, ArticleMetadata metadata)
    {
        var title = Normalize(metadata.Title);
        var authors = metadata.Authors.Select(Normalize).Where(a => a.Length > 0).ToList();
        var kept = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            if (!IsNoise(block, title, authors))
            {
                kept.Add(block);
            }
        }
        TrimTrailingHeadings(kept);
        return kept;
    }

    private static bool IsNoise(Block block, string title, List<string> authors)
    {
        var text = block.Text;
        if (text.Length == 0)
        {
            return block.Kind != "figure" && block.Kind != "p";
        }
        var normalized = Normalize(text);
        if (title.Length > 0 && normalized == title)
        {
            return true;
        }
        if (text.Length >= ShortBlockChars || block.Kind is "figure" or "pre" or "table")
        {
            return false;
        }
        if (block.LinkChars >= text.Length * LinkOnlyShare && block.Kind is not "ul" and not "ol")
        {
            return true;
        }
        if (authors.Count > 0 && text.Length < 80 && authors.Any(a => normalized.Contains(a, StringComparison.Ordinal))
            && Heuristics.Default.BylinePrefixes.Any(p => normalized.StartsWith(p.Trim(), StringComparison.Ordinal)))
        {
            return true;
        }
        if (text.Length < 40 && DateParser.Parse(text) is not null)
        {
            return true;
        }
        var lower = text.ToLowerInvariant();
        return Heuristics.Default.BoilerplatePhrases.Any(p => lower.Contains(p, StringComparison.Ordinal));
    }

    private static void TrimTrailingHeadings(List<Block> kept)
    {
        while (kept.Count > 0 && kept[^1].IsHeading)
        {
            kept.RemoveAt(kept.Count - 1);
        }
    }

    private static string Normalize(string? text) => TextNormalizer.Collapse(text ?? string.Empty).ToLowerInvariant();
}
