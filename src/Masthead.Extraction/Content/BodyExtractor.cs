using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Masthead.Extraction.Metadata;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Content;

/// <summary>
/// The body pipeline, step by step: junk out, chrome out, score, pick, prune, write, filter. The relaxed mode
/// (a second pass when the first found too little) skips the class-name chrome filter and the pruning.
/// </summary>
internal static class BodyExtractor
{
    public static List<Block> Extract(IHtmlDocument document, ArticleMetadata metadata, string? baseUrl, HostRule? rule, bool relaxed)
    {
        if (document.Body is not IElement body)
        {
            return [];
        }
        // 1. Code, embeds, form controls, comments and hidden elements.
        JunkRemover.Remove(body);
        rule?.RemoveFrom(body);
        // 2. A host rule that names the body wins over scoring.
        var roots = rule?.BodyOf(body);
        if (roots is null || roots.Count == 0)
        {
            // 3. Page chrome (nav, header, footer, share, related...), then content scoring.
            if (!relaxed)
            {
                BoilerplateRemover.Remove(body);
            }
            var stats = StatsCollector.Collect(body);
            var scores = CandidateScorer.Score(body, stats);
            roots = ContentPicker.Pick(body, scores, stats);
        }
        // 4. Prune inside the picked content, write it as blocks, filter repeated bylines and chrome lines.
        var pruned = new HashSet<IElement>();
        foreach (var root in roots.Where(_ => !relaxed))
        {
            ConditionalCleaner.Clean(root, pruned);
        }
        var blocks = new BodyWriter(baseUrl, pruned).Write(roots);
        return BlockFilter.Filter(blocks, metadata);
    }
}
