using System.Text.Json.Nodes;

namespace Masthead.Feeds.Compat;

/// <summary>
/// Media RSS elements whose text feedparser files beside their attributes, under "content"
/// (https://www.rssboard.org/media-rss; feedparser namespaces/mediarss.py): media:credit repeats and makes a list,
/// media:restriction's text is a space-separated list of lower-cased country codes or URIs, media:license and
/// media:rating are one object each. Blank text adds no "content".
/// </summary>
internal static class FeedparserMedia
{
    private enum Shape
    {
        /// <summary>One object per element, collected into a list.</summary>
        List,

        /// <summary>One object; the last element wins (feedparser replaces it).</summary>
        Last,

        /// <summary>One object; the first element wins (feedparser keeps it with setdefault).</summary>
        First,
    }

    private static readonly Dictionary<string, (Shape Shape, bool Tokens)> Shapes = new()
    {
        ["media_credit"] = (Shape.List, false),
        ["media_restriction"] = (Shape.Last, true),
        ["media_license"] = (Shape.Last, false),
        ["media_rating"] = (Shape.First, false),
    };

    /// <summary>Files the extension under its key when it is one of the shaped Media RSS elements; false otherwise.</summary>
    public static bool TryAdd(JsonObject target, string key, FeedExtension extension)
    {
        if (!Shapes.TryGetValue(key, out var shape))
        {
            return false;
        }
        var json = new JsonObject();
        foreach (var (name, value) in extension.Attributes)
        {
            json[name] = value;
        }
        if (extension.Value.Trim().Length > 0)
        {
            json["content"] = shape.Tokens ? Tokens(extension.Value) : extension.Value;
        }
        switch (shape.Shape)
        {
            case Shape.List when target[key] is JsonArray list:
                list.Add(json);
                break;
            case Shape.List:
                target[key] = new JsonArray(json);
                break;
            case Shape.First when target.ContainsKey(key):
                break;
            default:
                target[key] = json;
                break;
        }
        return true;
    }

    private static JsonArray Tokens(string text)
    {
        var tokens = new JsonArray();
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            tokens.Add(token.ToLowerInvariant());
        }
        return tokens;
    }
}
