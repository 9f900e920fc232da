using System.Text.Json;

namespace Masthead.Feeds.JsonFeed;

/// <summary>
/// Reads JSON Feed 1.0 and 1.1 into the wire model from a JsonDocument rather than a typed deserializer, so
/// a field of the wrong JSON type (a numeric id, a string size) is read or skipped instead of failing the feed.
/// </summary>
internal static class JsonFeedReader
{
    public static JsonFeedDocument Read(JsonElement root) => new(
        Str(root, "version") ?? "",
        Str(root, "title"), Str(root, "home_page_url"), Str(root, "feed_url"), Str(root, "description"),
        Str(root, "icon"), Str(root, "favicon"), Authors(root), Str(root, "language"),
        root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(Item).ToList()
            : []);

    private static JsonFeedItem Item(JsonElement item) => new(
        Str(item, "id"), Str(item, "url"), Str(item, "external_url"), Str(item, "title"), Str(item, "content_html"),
        Str(item, "content_text"), Str(item, "summary"), Str(item, "image"), Str(item, "banner_image"),
        Str(item, "date_published"), Str(item, "date_modified"), Authors(item),
        item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
            ? tags.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null).OfType<string>().ToList()
            : [],
        Str(item, "language"), Attachments(item));

    /// <summary>JSON Feed 1.1 "authors" array, else the 1.0 "author" object.</summary>
    private static List<JsonFeedAuthor> Authors(JsonElement owner)
    {
        var list = new List<JsonFeedAuthor>();
        if (owner.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            list.AddRange(authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(Author));
        }
        else if (owner.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object)
        {
            list.Add(Author(author));
        }
        return list;
    }

    private static JsonFeedAuthor Author(JsonElement a) => new(Str(a, "name"), Str(a, "url"), Str(a, "avatar"));

    private static List<JsonFeedAttachment> Attachments(JsonElement item)
    {
        var list = new List<JsonFeedAttachment>();
        if (!item.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return list;
        }
        foreach (var a in attachments.EnumerateArray())
        {
            if (a.ValueKind == JsonValueKind.Object && Str(a, "url") is { } url)
            {
                long? size = a.TryGetProperty("size_in_bytes", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : null;
                list.Add(new JsonFeedAttachment(url, Str(a, "mime_type"), Str(a, "title"), size));
            }
        }
        return list;
    }

    private static string? Str(JsonElement owner, string name)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
