using AngleSharp.Dom;
using Masthead.Core.Html;

namespace Masthead.Extraction.Metadata;

/// <summary>
/// Reads schema.org microdata (https://html.spec.whatwg.org/multipage/microdata.html) from the first
/// Article-like item scope: headline, author, dates, image.
/// </summary>
internal static class MicrodataReader
{
    public static ArticleMetadata Read(IDocument document, string? baseUrl)
    {
        var result = new ArticleMetadata();
        var scope = document.QuerySelectorAll("[itemscope][itemtype]")
            .FirstOrDefault(e => (e.GetAttribute("itemtype") ?? string.Empty).Contains("Article", StringComparison.OrdinalIgnoreCase)
                || (e.GetAttribute("itemtype") ?? string.Empty).Contains("Posting", StringComparison.OrdinalIgnoreCase));
        if (scope is null)
        {
            return result;
        }
        result.Title = TextNormalizer.Clean(ValueOf(scope.QuerySelector("[itemprop~='headline']")), 500);
        var authors = scope.QuerySelectorAll("[itemprop~='author'], [itemprop~='creator']")
            .Select(a => a.QuerySelector("[itemprop~='name']") is IElement name ? ValueOf(name) : ValueOf(a))
            .OfType<string>();
        result.Authors = Authors.Normalize(authors.Where(a => a.Length < 200));
        result.Published = DateParser.Parse(ValueOf(scope.QuerySelector("[itemprop~='datePublished']")));
        result.Modified = DateParser.Parse(ValueOf(scope.QuerySelector("[itemprop~='dateModified']")));
        var image = scope.QuerySelector("[itemprop~='image']");
        if (image is not null)
        {
            var url = image.QuerySelector("[itemprop~='url']") is IElement inner ? ValueOf(inner) : ValueOf(image);
            result.Image = Urls.Resolve(baseUrl, url);
        }
        return result;
    }

    /// <summary>An item property's value per the microdata spec: content, then the element's URL or time attribute, then its text.</summary>
    public static string? ValueOf(IElement? element)
    {
        if (element is null)
        {
            return null;
        }
        foreach (var attribute in new[] { "content", "datetime", "src", "href" })
        {
            var value = element.GetAttribute(attribute);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }
        return element.TextContent;
    }
}
