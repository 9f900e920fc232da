using AngleSharp.Dom;
using Masthead.Core.Html;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Metadata;

/// <summary>
/// Reads &lt;meta&gt; tags: OpenGraph (https://ogp.me/) and article:*, Twitter cards, Dublin Core
/// (https://www.dublincore.org/specifications/dublin-core/dcmi-terms/) and common vendor keys, in the order
/// <c>metadata.json</c> lists them. Also &lt;link rel=canonical&gt; (RFC 6596) and &lt;html lang&gt;.
/// </summary>
internal static class MetaTagReader
{
    public static ArticleMetadata Read(IDocument document, string? baseUrl)
    {
        var values = Collect(document);
        var keys = MetaKeys.Default;
        string? First(string field) => keys.For(field).Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);
        var result = new ArticleMetadata
        {
            Title = TextNormalizer.Clean(First("title"), 500),
            Authors = Authors.Normalize(keys.For("author").Select(k => values.GetValueOrDefault(k)).OfType<string>().Take(1)),
            Published = keys.For("published").Select(k => DateParser.Parse(values.GetValueOrDefault(k))).FirstOrDefault(d => d is not null),
            Modified = keys.For("modified").Select(k => DateParser.Parse(values.GetValueOrDefault(k))).FirstOrDefault(d => d is not null),
            Image = Urls.Resolve(baseUrl, First("image")),
            ImageAlt = TextNormalizer.Clean(First("imageAlt"), 500),
            SiteName = TextNormalizer.Clean(First("siteName"), 200),
            Description = TextNormalizer.Clean(First("description")),
            Language = TextNormalizer.Clean(First("language"), 35)?.Replace('_', '-'),
        };
        var canonical = document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href");
        result.Canonical = Urls.Resolve(baseUrl, canonical) ?? Urls.Resolve(baseUrl, First("url"));
        var lang = TextNormalizer.Clean(document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang"), 35);
        result.Language = lang ?? result.Language;
        return result;
    }

    /// <summary>Every meta key (name, property, itemprop or http-equiv, lower-cased) to its first non-empty content.</summary>
    private static Dictionary<string, string> Collect(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }
            foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                var key = meta.GetAttribute(attribute);
                if (string.IsNullOrWhiteSpace(key))
                {
                    continue;
                }
                // RDFa allows several space-separated properties in one attribute.
                foreach (var single in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    values.TryAdd(single.Trim().ToLowerInvariant(), content);
                }
            }
        }
        return values;
    }
}
