using System.Text.Json;
using Masthead.Feeds.Building;

namespace Masthead.Feeds.JsonFeed;

/// <summary>Entry point for JSON Feed: parse the JSON (bounded depth), read the wire model, adapt it.</summary>
internal static class JsonFeedParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static Feed Parse(ReadOnlyMemory<byte> utf8, string? documentUrl, IReadOnlyList<string> problems)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            return new Feed { Bozo = true, Problems = [.. problems, "invalid JSON: " + e.Message], Error = "not a feed: invalid JSON", Encoding = "utf-8" };
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new Feed { Bozo = true, Problems = problems, Error = "not a feed: JSON root is not an object", Encoding = "utf-8" };
            }
            var document = JsonFeedReader.Read(json.RootElement);
            var feed = new FeedBuilder();
            JsonFeedAdapter.Fill(document, feed, documentUrl);
            return feed.Build(JsonFeedAdapter.Format(document), "utf-8", problems);
        }
    }
}
