using System.Text.Json.Nodes;

namespace Masthead.Feeds.Compat;

/// <summary>One entry in feedparser's result layout.</summary>
internal static class FeedparserEntry
{
    public static JsonObject Render(FeedEntry entry)
    {
        var json = new JsonObject();
        FeedparserParts.Text(json, "title", entry.TitleDetail);
        FeedparserParts.Text(json, "summary", entry.SummaryDetail);
        FeedparserParts.Text(json, "rights", entry.RightsDetail);
        if (entry.Contents.Count > 0)
        {
            json["content"] = new JsonArray([.. entry.Contents.Select(c => (JsonNode)FeedparserParts.TextDetail(c))]);
        }
        if (entry.Links.Count > 0)
        {
            json["links"] = new JsonArray([.. entry.Links.Select(l => (JsonNode)FeedparserParts.Link(l))]);
        }
        json["link"] = entry.Link;
        json["id"] = entry.Guid;
        if (entry.Guid is not null)
        {
            json["guidislink"] = entry.GuidIsLink;
        }
        FeedparserParts.Date(json, "published", entry.PublishedText, entry.Published);
        FeedparserParts.Date(json, "updated", entry.UpdatedText, entry.Updated);
        FeedparserParts.Date(json, "created", entry.CreatedText, entry.Created);
        FeedparserParts.Date(json, "expired", entry.ExpiredText, entry.Expired);
        FeedparserParts.People(json, "author", entry.Authors);
        if (entry.Contributors.Count > 0)
        {
            json["contributors"] = new JsonArray([.. entry.Contributors.Select(p => (JsonNode)FeedparserParts.Person(p))]);
        }
        FeedparserParts.Person(json, "publisher", entry.Publisher);
        if (entry.Tags.Count > 0)
        {
            json["tags"] = new JsonArray([.. entry.Tags.Select(t => (JsonNode)FeedparserParts.Tag(t))]);
        }
        json["comments"] = entry.Comments;
        if (entry.Source?.Metadata is { } metadata)
        {
            json["source"] = FeedparserLayout.RenderFeed(metadata);
        }
        else if (entry.Source is { } source)
        {
            json["source"] = new JsonObject { ["title"] = source.Title, ["href"] = source.Url, ["link"] = source.Link, ["id"] = source.Id };
            FeedparserLayout.RemoveNulls((JsonObject)json["source"]!);
        }
        if (entry.Where is { } where)
        {
            json["where"] = FeedparserParts.Where(where);
        }
        FeedparserParts.Extensions(json, entry.Extensions);
        FeedparserLayout.RemoveNulls(json);
        return json;
    }
}
