using System.Text.Json.Nodes;

namespace Masthead.Feeds.Tests.Subscriptions;

/// <summary>Renders an <see cref="OpmlDocument"/> in listparser's result layout (bozo, version, meta, feeds, lists, opportunities).</summary>
public static class ListparserLayout
{
    public static JsonObject Render(OpmlDocument document)
    {
        var meta = new JsonObject();
        Add(meta, "title", document.Title);
        Add(meta, "created", document.Created);
        Add(meta, "modified", document.Modified);
        if (document.CreatedParsed is not null)
        {
            meta["created_parsed"] = true;
        }
        if (document.ModifiedParsed is not null)
        {
            meta["modified_parsed"] = true;
        }
        if (document.OwnerName is not null || document.OwnerEmail is not null || document.OwnerId is not null)
        {
            var author = new JsonObject();
            Add(author, "name", document.OwnerName);
            Add(author, "email", document.OwnerEmail);
            Add(author, "url", document.OwnerId);
            meta["author"] = author;
        }
        return new JsonObject
        {
            ["bozo"] = document.Bozo,
            ["version"] = document.Version,
            ["meta"] = meta,
            ["feeds"] = new JsonArray([.. document.Subscriptions.Select(s => (JsonNode)new JsonObject
            {
                ["title"] = s.Title,
                ["url"] = s.XmlUrl,
                ["categories"] = new JsonArray([.. s.Categories.Select(c => (JsonNode)new JsonArray([.. c.Split('/').Select(p => (JsonNode)p)]))]),
                ["tags"] = new JsonArray([.. s.Tags.Select(t => (JsonNode)t)]),
            })]),
            ["lists"] = new JsonArray([.. document.Lists.Select(l => (JsonNode)new JsonObject { ["title"] = l.Title, ["url"] = l.Url })]),
            ["opportunities"] = new JsonArray([.. document.Opportunities.Select(l => (JsonNode)new JsonObject { ["title"] = l.Title, ["url"] = l.Url })]),
        };
    }

    private static void Add(JsonObject target, string key, string? value)
    {
        if (value is not null)
        {
            target[key] = value;
        }
    }
}
