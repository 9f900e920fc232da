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
    /// <summary>How many repeated author tags of one key are read (one per person; more is a broken page).</summary>
    private const int MaxAuthorTags = 20;

    public static ArticleMetadata Read(IDocument document, string? baseUrl)
    {
        var values = Collect(document);
        var keys = MetaKeys.Default;
        string? Value(string key) => values.TryGetValue(key, out var all) ? all[0] : null;
        string? First(string field) => keys.For(field).Select(Value).FirstOrDefault(v => v is not null);
        var result = new ArticleMetadata
        {
            Title = TextNormalizer.Clean(First("title"), 500),
            Authors = MetaAuthors(values, keys),
            Published = keys.For("published").Select(k => DateParser.Parse(Value(k))).FirstOrDefault(d => d is not null),
            Modified = keys.For("modified").Select(k => DateParser.Parse(Value(k))).FirstOrDefault(d => d is not null),
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

    /// <summary>
    /// Every tag of the most trusted author key that has any: a key repeats once per person (OpenGraph's
    /// article:author is an array, https://ogp.me/#array; Dublin Core writes one creator per element), so each tag is
    /// one author, and a Dublin Core creator may be written inverted ("Shakespeare, William").
    /// </summary>
    private static List<string> MetaAuthors(Dictionary<string, List<string>> values, MetaKeys keys)
    {
        foreach (var key in keys.For("author"))
        {
            if (values.TryGetValue(key, out var all))
            {
                var inverted = keys.For("invertedAuthor").Contains(key, StringComparer.Ordinal);
                var names = Authors.Normalize(all.Take(MaxAuthorTags).Select(v => inverted ? Authors.Uninvert(v) : v));
                // A key that holds no name (article:author is often a profile URL) gives way to the next one.
                if (names.Count > 0)
                {
                    return names;
                }
            }
        }
        return [];
    }

    /// <summary>Every meta key (name, property, itemprop or http-equiv, lower-cased) to its non-empty contents.</summary>
    private static Dictionary<string, List<string>> Collect(IDocument document)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }
            var inHead = meta.Closest("head") is not null;
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
                    Add(values, single.Trim().ToLowerInvariant(), content, inHead);
                }
            }
        }
        return values;
    }

    /// <summary>
    /// A key's first content from anywhere; its repeats only from the head: in the body, a meta belongs to the item
    /// around it (a related story's card), not to the page.
    /// </summary>
    private static void Add(Dictionary<string, List<string>> values, string key, string content, bool inHead)
    {
        if (!values.TryGetValue(key, out var list))
        {
            values[key] = [content];
        }
        else if (inHead)
        {
            list.Add(content);
        }
    }
}
