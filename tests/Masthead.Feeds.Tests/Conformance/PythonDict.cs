using System.Text.Json.Nodes;

namespace Masthead.Feeds.Tests.Conformance;

/// <summary>
/// Path lookup in the rendered result with feedparser's FeedParserDict aliases (the key map documented in
/// expectations.json): description means summary or subtitle, url means href, category is tags[0].term, …
/// </summary>
public static class PythonDict
{
    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["channel"] = ["feed"],
        ["items"] = ["entries"],
        ["guid"] = ["id"],
        ["date"] = ["updated", "published"],
        ["date_parsed"] = ["updated_parsed", "published_parsed"],
        ["description"] = ["summary", "subtitle"],
        ["description_detail"] = ["summary_detail", "subtitle_detail"],
        ["url"] = ["href"],
        ["modified"] = ["updated", "published"],
        ["modified_parsed"] = ["updated_parsed", "published_parsed"],
        ["issued"] = ["published"],
        ["issued_parsed"] = ["published_parsed"],
        ["copyright"] = ["rights"],
        ["copyright_detail"] = ["rights_detail"],
        ["tagline"] = ["subtitle"],
        ["tagline_detail"] = ["subtitle_detail"],
        ["updated"] = ["published"],
        ["updated_parsed"] = ["published_parsed"],
    };

    /// <summary>Follows a path; false when a key or index is missing (a KeyError in Python).</summary>
    public static bool TryGet(JsonNode? root, IEnumerable<object> path, out JsonNode? value)
    {
        value = root;
        foreach (var step in path)
        {
            if (step is int index)
            {
                if (value is not JsonArray array || index >= array.Count || index < -array.Count)
                {
                    return false;
                }
                value = array[index < 0 ? array.Count + index : index];
            }
            else if (value is not JsonObject obj || !TryKey(obj, (string)step, out value))
            {
                return false;
            }
        }
        return true;
    }

    private static bool TryKey(JsonObject obj, string key, out JsonNode? value)
    {
        if (obj.TryGetPropertyValue(key, out value))
        {
            return true;
        }
        if (Aliases.TryGetValue(key, out var targets))
        {
            foreach (var target in targets)
            {
                if (obj.TryGetPropertyValue(target, out value))
                {
                    return true;
                }
            }
        }
        return TryComputed(obj, key, out value);
    }

    private static bool TryComputed(JsonObject obj, string key, out JsonNode? value)
    {
        value = null;
        var links = obj["links"] as JsonArray;
        switch (key)
        {
            case "category" when obj["tags"] is JsonArray { Count: > 0 } tags:
                value = tags[0]?["term"]?.DeepClone();
                return true;
            case "enclosures":
                var enclosures = new JsonArray();
                foreach (var link in links ?? [])
                {
                    if (link?["rel"]?.GetValue<string>() == "enclosure")
                    {
                        var copy = (JsonObject)link.DeepClone();
                        copy.Remove("rel");
                        enclosures.Add(copy);
                    }
                }
                value = enclosures;
                return true;
            case "license":
                var license = links?.FirstOrDefault(l => l?["rel"]?.GetValue<string>() == "license");
                value = license?["href"]?.DeepClone();
                return license is not null;
            default:
                return false;
        }
    }
}
