using System.Text.Json.Nodes;

namespace Masthead.Feeds.Compat;

/// <summary>
/// Renders a <see cref="Feed"/> in Universal Feed Parser's documented result layout
/// (https://feedparser.readthedocs.io/en/latest/reference.html): bozo, version, encoding, feed.*, entries[*].*,
/// the *_detail objects, links, authors, enclosures, tags, and *_parsed as UTC struct_time arrays. It exists
/// so feedparser's own test suite can be run against Masthead.
/// </summary>
public static class FeedparserLayout
{
    public static JsonObject Render(Feed feed, FeedRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var result = new JsonObject
        {
            ["bozo"] = feed.Bozo,
            ["bozo_exception"] = feed.Problems.Count > 0 ? feed.Problems[0] : null,
            ["encoding"] = feed.Encoding,
            ["version"] = feed.Format,
            ["feed"] = RenderFeed(feed),
            ["entries"] = new JsonArray([.. feed.Entries.Select(e => (JsonNode)FeedparserEntry.Render(e))]),
            ["namespaces"] = new JsonObject(),
        };
        if (request?.Url is { } url)
        {
            result["href"] = url;
        }
        if (request?.Headers is { } headers)
        {
            var json = new JsonObject();
            foreach (var (name, value) in headers)
            {
                json[name.ToLowerInvariant()] = value;
            }
            result["headers"] = json;
            AddHttpMetadata(result, request);
        }
        return result;
    }

    private static void AddHttpMetadata(JsonObject result, FeedRequest request)
    {
        if (request.Header("ETag") is { } etag)
        {
            result["etag"] = etag;
        }
        if (request.Header("Last-Modified") is { Length: > 0 } modified && modified.Trim().Length > 0)
        {
            result["modified"] = modified;
            result["modified_parsed"] = FeedDates.TryParse(modified, out var value) ? FeedparserTime.ToStruct(value) : null;
        }
    }

    internal static JsonObject RenderFeed(Feed feed)
    {
        var json = new JsonObject();
        FeedparserParts.Text(json, "title", feed.TitleDetail);
        FeedparserParts.Text(json, "subtitle", feed.DescriptionDetail);
        FeedparserParts.Text(json, "rights", feed.RightsDetail);
        FeedparserParts.Text(json, "info", feed.InfoDetail);
        if (feed.Links.Count > 0)
        {
            json["links"] = new JsonArray([.. feed.Links.Select(l => (JsonNode)FeedparserParts.Link(l))]);
        }
        if (feed.Link is not null)
        {
            json["link"] = feed.Link;
        }
        json["id"] = feed.Id;
        FeedparserParts.Date(json, "updated", feed.UpdatedText, feed.Updated);
        FeedparserParts.Date(json, "published", feed.PublishedText, feed.Published);
        FeedparserParts.People(json, "author", feed.Authors);
        if (feed.Contributors.Count > 0)
        {
            json["contributors"] = new JsonArray([.. feed.Contributors.Select(p => (JsonNode)FeedparserParts.Person(p))]);
        }
        FeedparserParts.Person(json, "publisher", feed.Publisher);
        RenderChannelExtras(feed, json);
        FeedparserParts.Extensions(json, feed.Extensions);
        RemoveNulls(json);
        return json;
    }

    private static void RenderChannelExtras(Feed feed, JsonObject json)
    {
        if (feed.Generator is { } generator)
        {
            json["generator"] = generator.Name;
            json["generator_detail"] = new JsonObject { ["name"] = generator.Name, ["href"] = generator.Uri, ["version"] = generator.Version };
        }
        json["language"] = feed.Language;
        json["docs"] = feed.Docs;
        json["icon"] = feed.Icon;
        if (feed.Image is { } image)
        {
            json["image"] = new JsonObject
            {
                ["href"] = image.Url,
                ["title"] = image.Title,
                ["link"] = image.Link,
                ["width"] = image.Width,
                ["height"] = image.Height,
                ["description"] = image.Description,
            };
            json["logo"] = image.Url;
        }
        if (feed.Ttl is { } ttl)
        {
            json["ttl"] = ((int)ttl.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (feed.Categories.Count > 0)
        {
            json["tags"] = new JsonArray([.. feed.Categories.Select(t => (JsonNode)FeedparserParts.Tag(t))]);
        }
    }

    internal static void RemoveNulls(JsonObject json)
    {
        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            if (!key.EndsWith("_parsed", StringComparison.Ordinal) && !FeedparserDerived.KeptWhenNull.Contains(key))
            {
                json.Remove(key);
            }
        }
    }
}
