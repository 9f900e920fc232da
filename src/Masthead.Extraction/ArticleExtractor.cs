using AngleSharp.Dom;
using Masthead.Core.Html;
using Masthead.Extraction.Content;
using Masthead.Extraction.Metadata;
using Masthead.Extraction.Parsing;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction;

/// <summary>
/// A raw news page to a clean article. Thread-safe and stateless: one instance serves every caller.
/// Never throws on bad input: a page that cannot be read comes back with <see cref="ExtractedArticle.Error"/> set.
/// </summary>
public sealed class ArticleExtractor(ExtractionOptions? options = null)
{
    private readonly ExtractionOptions _options = options ?? new ExtractionOptions();

    public ExtractedArticle Extract(ReadOnlyMemory<byte> page, string? url = null, string? contentType = null)
    {
        // 1. Bytes to a bounded DOM (size cut, binary and non-HTML refusal, charset, depth limit).
        var loaded = PageLoader.Load(page.Span, contentType, _options);
        if (loaded.Document is not { } document)
        {
            return ExtractedArticle.Failed(url, loaded.Error ?? "unreadable page");
        }
        using (document)
        {
            var baseUrl = BaseUrl(document, url);
            // 2. Metadata from every source, in order of trust (before cleaning removes any of it).
            var metadata = MetadataReader.Read(document, baseUrl);
            // 3. The body: clean, score, pick, prune, write as blocks, filter repeated bylines and chrome.
            var rule = _options.UseHostRules ? HostRules.For(url) : null;
            var blocks = BodyExtractor.Extract(document, metadata, baseUrl, rule, relaxed: false);
            // 3b. Too little text: the chrome filter may have hit the article's own wrapper; retry without it.
            if (TextLength(blocks) < _options.RetryBelowChars)
            {
                using var again = PageLoader.Reparse(loaded.Text, _options, out _);
                var relaxed = BodyExtractor.Extract(again, metadata, baseUrl, rule, relaxed: true);
                blocks = TextLength(relaxed) > TextLength(blocks) ? relaxed : blocks;
            }
            // 4. A bounded article: whole blocks up to the text limit.
            var note = loaded.Note;
            if (TextLength(blocks) > _options.MaxArticleTextChars)
            {
                blocks = Bounded(blocks, _options.MaxArticleTextChars);
                note = (note is null ? string.Empty : note + "; ") + $"body cut at Limits.MaxArticleTextChars ({_options.MaxArticleTextChars})";
            }
            // 5. Sanitize last: the body HTML leaves through the allow-list only.
            var html = SafeHtml.Sanitize(string.Concat(blocks.Select(b => b.Html)), baseUrl);
            var text = string.Join("\n\n", blocks.Where(b => b.Text.Length > 0).Select(b => b.Text));
            return ArticleBuilder.Build(url, metadata, text, html, note);
        }
    }

    private static int TextLength(List<Block> blocks) => blocks.Sum(b => b.Text.Length);

    private static List<Block> Bounded(List<Block> blocks, int maxChars)
    {
        var kept = new List<Block>();
        var total = 0;
        foreach (var block in blocks)
        {
            total += block.Text.Length + 2;
            if (total > maxChars)
            {
                break;
            }
            kept.Add(block);
        }
        return kept;
    }

    /// <summary>The base for relative URLs: &lt;base href&gt; resolved against the page URL (HTML §4.2.3), else the page URL.</summary>
    private static string? BaseUrl(IDocument document, string? url)
    {
        var declared = document.QuerySelector("base[href]")?.GetAttribute("href");
        return Urls.Resolve(url, declared) ?? (Urls.IsHttp(url) ? url : null);
    }
}
