using AngleSharp.Dom;

namespace Masthead.Extraction.Metadata;

/// <summary>
/// Every metadata source of a page, merged in order of trust: JSON-LD, then &lt;meta&gt; (OpenGraph and
/// article:*, Twitter, Dublin Core), then microdata, then &lt;time&gt; and byline heuristics, then &lt;title&gt;.
/// Must run before the body is cleaned (it reads parts of the page that cleaning removes).
/// </summary>
internal static class MetadataReader
{
    public static ArticleMetadata Read(IDocument document, string? baseUrl)
    {
        var merged = JsonLdReader.Read(document, baseUrl);
        var meta = MetaTagReader.Read(document, baseUrl);
        merged.FillFrom(meta);
        merged.FillFrom(MicrodataReader.Read(document, baseUrl));
        merged.FillFrom(DomSignals.Read(document));
        merged.Title ??= TitleCleaner.FromDocument(document);
        // The lead image is the one the publisher picked for sharing (og:image, one URL at full size); JSON-LD
        // image lists are often several crops in no particular order.
        if (meta.Image is not null && meta.Image != merged.Image)
        {
            (merged.Image, merged.ImageAlt, merged.ImageCaption) = (meta.Image, meta.ImageAlt, null);
        }
        return merged;
    }
}
