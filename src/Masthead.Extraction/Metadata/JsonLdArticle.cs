using System.Text.Json;
using Masthead.Core.Html;

namespace Masthead.Extraction.Metadata;

/// <summary>Maps one schema.org Article-like JSON-LD object (https://schema.org/Article) onto article metadata.</summary>
internal static class JsonLdArticle
{
    public static void Fill(ArticleMetadata into, JsonElement article, string? baseUrl, string? documentTitle)
    {
        into.Title = Title(article, documentTitle);
        into.Authors = Authors.Normalize(JsonLdValues.Names(article, "author").Concat(JsonLdValues.Names(article, "creator")));
        into.Published = DateParser.Parse(JsonLdValues.String(article, "datePublished") ?? JsonLdValues.String(article, "dateCreated"));
        into.Modified = DateParser.Parse(JsonLdValues.String(article, "dateModified"));
        FillImage(into, article, baseUrl);
        if (article.TryGetProperty("publisher", out var publisher))
        {
            into.SiteName = TextNormalizer.Clean(JsonLdValues.AsString(publisher), 200);
        }
        into.Description = TextNormalizer.Clean(JsonLdValues.String(article, "description"));
        into.Language = TextNormalizer.Clean(JsonLdValues.String(article, "inLanguage"), 35);
        var url = JsonLdValues.String(article, "url", "@id") ?? JsonLdValues.String(article, "mainEntityOfPage", "@id");
        into.Canonical = Urls.IsHttp(url) ? url : null;
        into.BodyHint = JsonLdValues.String(article, "articleBody");
    }

    /// <summary>
    /// headline and name usually agree; when they differ, the one that shares more words with the page's
    /// &lt;title&gt; is the title (some sites put a tagline in one of them), name by default.
    /// </summary>
    private static string? Title(JsonElement article, string? documentTitle)
    {
        var headline = TextNormalizer.Clean(JsonLdValues.String(article, "headline"), 500);
        var name = TextNormalizer.Clean(JsonLdValues.String(article, "name"), 500);
        if (headline is null || name is null || headline == name || documentTitle is null)
        {
            return headline ?? name;
        }
        return Overlap(headline, documentTitle) > Overlap(name, documentTitle) ? headline : name;
    }

    private static double Overlap(string candidate, string reference)
    {
        var words = candidate.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var target = reference.ToLowerInvariant();
        return words.Length == 0 ? 0 : (double)words.Count(w => target.Contains(w, StringComparison.Ordinal)) / words.Length;
    }

    private static void FillImage(ArticleMetadata into, JsonElement article, string? baseUrl)
    {
        if (!article.TryGetProperty("image", out var image) && !article.TryGetProperty("thumbnailUrl", out image))
        {
            return;
        }
        var first = image.ValueKind == JsonValueKind.Array ? image.EnumerateArray().FirstOrDefault() : image;
        var url = first.ValueKind == JsonValueKind.Object
            ? JsonLdValues.String(first, "url") ?? JsonLdValues.String(first, "contentUrl") ?? JsonLdValues.String(first, "@id")
            : JsonLdValues.AsString(first, "url");
        into.Image = Urls.Resolve(baseUrl, url);
        if (into.Image is not null && first.ValueKind == JsonValueKind.Object)
        {
            into.ImageCaption = TextNormalizer.Clean(JsonLdValues.String(first, "caption") ?? JsonLdValues.String(first, "description"), 1000);
        }
    }
}
