using System.Text.Json.Nodes;

namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>
/// The shared fields of gofeed's universal <c>Feed</c> JSON (gofeed feed.go), each normalised by <see cref="GofeedText"/>,
/// keyed as <see cref="MastheadFields"/> keys Masthead's model: "feed.title", "item0.guid", ... Only fields both
/// models have are read: gofeed's links list and the dcExt / itunesExt / extensions
/// copies have no single counterpart and are left out.
/// </summary>
public static class GofeedExpected
{
    public static Dictionary<string, string> Fields(JsonObject feed)
    {
        var fields = new Dictionary<string, string>
        {
            ["feed.title"] = GofeedText.Text(Str(feed, "title")),
            ["feed.description"] = GofeedText.Text(Str(feed, "description")),
            ["feed.link"] = GofeedText.Url(Str(feed, "link")),
            ["feed.feedLink"] = GofeedText.Url(Str(feed, "feedLink")),
            ["feed.updated"] = GofeedText.Instant(Str(feed, "updatedParsed")),
            ["feed.published"] = GofeedText.Instant(Str(feed, "publishedParsed")),
            ["feed.language"] = Str(feed, "language")?.Trim() ?? "",
            ["feed.copyright"] = GofeedText.Text(Str(feed, "copyright")),
            ["feed.authors"] = People(feed["authors"]),
            ["feed.categories"] = Strings(feed["categories"]),
            ["feed.image"] = GofeedText.Url(Str(feed["image"] as JsonObject, "url")),
            ["feed.generator"] = GofeedText.Text(Str(feed, "generator")),
        };
        var items = feed["items"] as JsonArray ?? [];
        fields["feed.items"] = items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < items.Count; i++)
        {
            AddItem(fields, $"item{i}.", items[i] as JsonObject ?? []);
        }
        return fields;
    }

    private static void AddItem(Dictionary<string, string> fields, string prefix, JsonObject item)
    {
        fields[prefix + "title"] = GofeedText.Text(Str(item, "title"));
        fields[prefix + "description"] = GofeedText.Text(Str(item, "description"));
        fields[prefix + "content"] = GofeedText.Text(Str(item, "content"));
        fields[prefix + "link"] = GofeedText.Url(Str(item, "link"));
        fields[prefix + "guid"] = Str(item, "guid")?.Trim() ?? "";
        fields[prefix + "published"] = GofeedText.Instant(Str(item, "publishedParsed"));
        fields[prefix + "updated"] = GofeedText.Instant(Str(item, "updatedParsed"));
        fields[prefix + "authors"] = People(item["authors"]);
        fields[prefix + "categories"] = Strings(item["categories"]);
        fields[prefix + "image"] = GofeedText.Url(Str(item["image"] as JsonObject, "url"));
        fields[prefix + "enclosures"] = GofeedText.List((item["enclosures"] as JsonArray ?? []).Select(e =>
            Enclosure(Str(e as JsonObject, "url"), Str(e as JsonObject, "type"), Str(e as JsonObject, "length"))));
    }

    /// <summary>One enclosure as "url type length"; gofeed keeps the length as the written string, Masthead as a number.</summary>
    public static string Enclosure(string? url, string? type, string? length) =>
        $"{GofeedText.Url(url)} {type?.Trim() ?? ""} {(long.TryParse(length?.Trim(), out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}".Trim();

    private static string People(JsonNode? people) =>
        GofeedText.List((people as JsonArray ?? []).Select(p => GofeedText.Person(Str(p as JsonObject, "name"), Str(p as JsonObject, "email"))));

    private static string Strings(JsonNode? values) =>
        GofeedText.List((values as JsonArray ?? []).Select(v => GofeedText.Text(v?.GetValue<string>())));

    private static string? Str(JsonObject? node, string key) => node?[key] is JsonValue v ? v.GetValue<string>() : null;
}
