using System.Text.Json;

namespace Masthead.Extraction.Metadata;

/// <summary>Small accessors for loosely-typed JSON-LD values (a string, an object with a name, or an array of either).</summary>
internal static class JsonLdValues
{
    public static IEnumerable<string> Types(JsonElement item)
    {
        if (!item.TryGetProperty("@type", out var type))
        {
            yield break;
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            yield return type.GetString() ?? string.Empty;
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String)
                {
                    yield return t.GetString() ?? string.Empty;
                }
            }
        }
    }

    /// <summary>A property as a string: the string itself, the first string of an array, or an object's name/url/@id.</summary>
    public static string? String(JsonElement item, string name, string objectKey = "name")
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value))
        {
            return null;
        }
        return AsString(value, objectKey);
    }

    public static string? AsString(JsonElement value, string objectKey = "name")
    {
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array => value.EnumerateArray().Select(v => AsString(v, objectKey)).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
            JsonValueKind.Object => String(value, objectKey) ?? String(value, "@value"),
            _ => null,
        };
    }

    /// <summary>Every name in a property that may be a string, an object, or an array of them.</summary>
    public static List<string> Names(JsonElement item, string name)
    {
        var names = new List<string>();
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value))
        {
            return names;
        }
        var values = value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : new List<JsonElement> { value };
        foreach (var v in values)
        {
            var text = v.ValueKind == JsonValueKind.Object ? String(v, "name") : AsString(v);
            if (!string.IsNullOrWhiteSpace(text))
            {
                names.Add(text);
            }
        }
        return names;
    }
}
