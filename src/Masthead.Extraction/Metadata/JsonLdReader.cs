using System.Text.Json;
using AngleSharp.Dom;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Metadata;

/// <summary>
/// Reads schema.org JSON-LD blocks (https://json-ld.org/spec/latest/json-ld/, https://schema.org/NewsArticle):
/// the most trusted metadata a page offers. Handles arrays, <c>@graph</c>, typed arrays and sloppy JSON.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static ArticleMetadata Read(IDocument document, string? baseUrl)
    {
        var result = new ArticleMetadata();
        var objects = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
            {
                if (TryParse(script.TextContent) is JsonDocument json)
                {
                    documents.Add(json);
                    Collect(json.RootElement, objects, 0);
                }
            }
            var article = Best(objects);
            if (article is JsonElement found)
            {
                JsonLdArticle.Fill(result, found, baseUrl, document.Title);
            }
            result.SiteName ??= SiteNameOf(objects);
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
        return result;
    }

    private static JsonDocument? TryParse(string text)
    {
        var trimmed = text.Trim();
        foreach (var wrapper in new[] { "<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>" })
        {
            trimmed = trimmed.Replace(wrapper, " ", StringComparison.Ordinal);
        }
        try
        {
            return JsonDocument.Parse(trimmed, Options);
        }
        catch (JsonException)
        {
            // Raw newlines and tabs inside strings are the common breakage; outside strings they are whitespace anyway.
            var repaired = trimmed.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
            try
            {
                return JsonDocument.Parse(repaired, Options);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private static void Collect(JsonElement element, List<JsonElement> into, int depth)
    {
        if (depth > 4)
        {
            return;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, into, depth + 1);
            }
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        into.Add(element);
        foreach (var nested in new[] { "@graph", "mainEntity", "mainEntityOfPage", "hasPart" })
        {
            if (element.TryGetProperty(nested, out var child) && child.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
            {
                Collect(child, into, depth + 1);
            }
        }
    }

    /// <summary>The article object: news and article types first, then web pages; the earliest of the best rank.</summary>
    private static JsonElement? Best(List<JsonElement> objects)
    {
        JsonElement? best = null;
        var bestRank = int.MaxValue;
        foreach (var item in objects)
        {
            var rank = Rank(item);
            if (rank < bestRank)
            {
                (best, bestRank) = (item, rank);
            }
        }
        return best;
    }

    private static int Rank(JsonElement item)
    {
        var rank = int.MaxValue;
        foreach (var type in JsonLdValues.Types(item))
        {
            var lower = type.ToLowerInvariant();
            if (!Heuristics.Default.ArticleTypes.Contains(lower))
            {
                continue;
            }
            var typeRank = lower.Contains("article", StringComparison.Ordinal) || lower.Contains("posting", StringComparison.Ordinal) ? 0 : 2;
            var hasHeadline = item.TryGetProperty("headline", out _) ? 0 : 1;
            rank = Math.Min(rank, typeRank + hasHeadline);
        }
        return rank;
    }

    private static string? SiteNameOf(List<JsonElement> objects)
    {
        foreach (var item in objects)
        {
            if (JsonLdValues.Types(item).Any(t => t is "WebSite" or "NewsMediaOrganization" or "Organization"))
            {
                return TextNormalizer.Clean(JsonLdValues.String(item, "name"), 200);
            }
        }
        return null;
    }
}
