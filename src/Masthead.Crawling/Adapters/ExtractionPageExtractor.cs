using Masthead.Crawling.Pipeline;
using Masthead.Extraction;

namespace Masthead.Crawling.Adapters;

/// <summary>The crawler's page seam on Masthead.Extraction's ArticleExtractor (thread-safe, one instance).</summary>
public sealed class ExtractionPageExtractor(ArticleExtractor? extractor = null) : IPageExtractor
{
    private readonly ArticleExtractor _extractor = extractor ?? new ArticleExtractor();

    public PageContent Extract(ReadOnlyMemory<byte> page, string url, string? contentType)
    {
        var found = _extractor.Extract(page, url, contentType);
        return new PageContent
        {
            Title = found.Title,
            Author = found.Byline,
            Published = found.Published,
            Modified = found.Modified,
            Image = found.Image,
            ImageAlt = found.ImageAlt,
            ImageCaption = found.ImageCaption,
            SiteName = found.SiteName,
            Language = found.Language,
            Description = found.Description,
            Canonical = found.Canonical,
            Text = found.Text,
            Html = found.Html,
            Error = found.Error,
        };
    }
}
