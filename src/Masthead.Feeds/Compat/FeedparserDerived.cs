using System.Text.Json.Nodes;

namespace Masthead.Feeds.Compat;

/// <summary>
/// Keys feedparser derives from an extension element besides its own value: dcterms:created gives created_parsed,
/// dcterms:valid (a DCMI Period, https://www.dublincore.org/specifications/dublin-core/dcmi-period/) gives
/// validity_start and validity_end with their _parsed times.
/// </summary>
internal static class FeedparserDerived
{
    private static readonly Dictionary<string, Action<JsonObject, FeedExtension>> Expanders = new()
    {
        ["dcterms_created"] = (json, e) => DateKeys(json, "created", e.Value.Trim()),
        ["dcterms_valid"] = Period,
    };

    /// <summary>Keys feedparser sets to None rather than leaving out, so a null value stays in the layout.</summary>
    public static readonly HashSet<string> KeptWhenNull = ["itunes_explicit"];

    public static void Expand(JsonObject json, FeedExtension extension)
    {
        if (Expanders.TryGetValue(extension.Key, out var expand))
        {
            expand(json, extension);
        }
    }

    private static void Period(JsonObject json, FeedExtension extension)
    {
        foreach (var part in extension.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }
            var name = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (name is "start" or "end")
            {
                DateKeys(json, "validity_" + name, value);
            }
        }
    }

    private static void DateKeys(JsonObject json, string key, string text)
    {
        if (json.ContainsKey(key + "_parsed"))
        {
            return;
        }
        json[key] ??= text;
        json[key + "_parsed"] = FeedDates.TryParse(text, out var value) ? FeedparserTime.ToStruct(value) : null;
    }
}
