using System.Text;
using System.Text.Json;

namespace Masthead.Web.Syndication;

/// <summary>JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): url is our page, external_url the original.</summary>
public static class JsonFeedWriter
{
    public static string Write(FeedChannel feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", feed.Title);
            w.WriteString("description", feed.Description);
            w.WriteString("home_page_url", feed.HomeUrl);
            w.WriteString("feed_url", feed.SelfBase + "feed.json");
            w.WriteString("language", feed.Language);
            w.WriteStartArray("items");
            foreach (var item in feed.Items)
            {
                Item(w, item);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Item(Utf8JsonWriter w, FeedItem item)
    {
        w.WriteStartObject();
        w.WriteString("id", item.Url);
        w.WriteString("url", item.Url);
        w.WriteString("external_url", item.OriginalUrl);
        w.WriteString("title", item.Title);
        w.WriteString("content_text", item.Summary.Length > 0 ? item.Summary : item.Title);
        w.WriteString("summary", item.Summary);
        w.WriteString("date_published", Rendering.TimeText.Iso(item.Published));
        if (item.Image is not null)
        {
            w.WriteString("image", item.Image);
        }
        w.WriteStartArray("authors");
        w.WriteStartObject();
        w.WriteString("name", item.Author ?? item.Outlet);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("tags");
        if (item.Hashtag is not null)
        {
            w.WriteStringValue(item.Hashtag);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
