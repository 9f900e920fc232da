using Masthead.Extraction.Metadata;

namespace Masthead.Extraction;

/// <summary>Assembles the public result from merged metadata and the written body.</summary>
internal static class ArticleBuilder
{
    public static ExtractedArticle Build(string? url, ArticleMetadata metadata, string text, string html, string? note)
    {
        var authors = metadata.Authors.AsReadOnly();
        return new ExtractedArticle
        {
            Url = url,
            Title = metadata.Title,
            Authors = authors,
            Byline = authors.Count == 0 ? null : string.Join(", ", authors),
            Published = metadata.Published,
            Modified = metadata.Modified,
            Image = metadata.Image,
            ImageAlt = metadata.ImageAlt,
            ImageCaption = metadata.ImageCaption,
            SiteName = metadata.SiteName,
            Language = metadata.Language,
            Description = metadata.Description,
            Canonical = metadata.Canonical,
            Text = text,
            Html = html,
            Error = text.Length == 0 && html.Length == 0 ? "no article body found" : null,
            Note = note,
        };
    }
}
