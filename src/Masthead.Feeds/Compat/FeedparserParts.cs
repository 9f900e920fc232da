using System.Text.Json.Nodes;

namespace Masthead.Feeds.Compat;

/// <summary>The small objects of feedparser's result layout: text details, people, links, tags, dates.</summary>
internal static class FeedparserParts
{
    public static void Text(JsonObject target, string key, FeedText? text)
    {
        if (text is null)
        {
            return;
        }
        target[key] = text.Value;
        target[key + "_detail"] = new JsonObject
        {
            ["type"] = text.Type,
            ["language"] = text.Language,
            ["base"] = text.Base ?? "",
            ["value"] = text.Value,
        };
    }

    public static JsonObject TextDetail(FeedText text)
    {
        var json = new JsonObject
        {
            ["type"] = text.Type,
            ["language"] = text.Language,
            ["base"] = text.Base ?? "",
            ["value"] = text.Value,
        };
        if (text.Src is not null)
        {
            json["src"] = text.Src;
        }
        return json;
    }

    public static JsonObject Person(FeedPerson person)
    {
        var detail = new JsonObject();
        if (person.Name is not null)
        {
            detail["name"] = person.Name;
        }
        if (person.Email is not null)
        {
            detail["email"] = person.Email;
        }
        if (person.Uri is not null)
        {
            detail["href"] = person.Uri;
        }
        return detail;
    }

    public static string? PersonString(FeedPerson person) =>
        person.Name is not null && person.Email is not null ? $"{person.Name} ({person.Email})" : person.Name ?? person.Email;

    public static void People(JsonObject target, string key, IReadOnlyList<FeedPerson> people)
    {
        if (people.Count == 0)
        {
            return;
        }
        target[key] = PersonString(people[0]);
        target[key + "_detail"] = Person(people[0]);
        target[key + "s"] = new JsonArray([.. people.Select(p => (JsonNode)Person(p))]);
    }

    public static void Person(JsonObject target, string key, FeedPerson? person)
    {
        if (person is null)
        {
            return;
        }
        target[key] = PersonString(person);
        target[key + "_detail"] = Person(person);
    }

    public static JsonObject Link(FeedLink link)
    {
        var json = new JsonObject { ["rel"] = link.Rel, ["type"] = link.Type ?? (link.Rel == "self" ? "application/atom+xml" : "text/html"), ["href"] = link.Href };
        if (link.Title is not null)
        {
            json["title"] = link.Title;
        }
        if (link.Length is { } length)
        {
            json["length"] = length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (link.HrefLang is not null)
        {
            json["hreflang"] = link.HrefLang;
        }
        return json;
    }

    /// <summary>feedparser's where: a Point's coordinates are one tuple, a Polygon's one ring, others a list of tuples.</summary>
    public static JsonObject Where(FeedGeometry where)
    {
        if (where.Type is null)
        {
            return [];
        }
        JsonArray Position(IReadOnlyList<double> p) => [.. p.Select(v => (JsonNode)v)];
        var positions = new JsonArray([.. where.Positions.Select(p => (JsonNode)Position(p))]);
        JsonNode coordinates = where.Type switch
        {
            "Point" => Position(where.Positions[0]),
            "Polygon" => new JsonArray(positions),
            _ => positions,
        };
        return new JsonObject { ["type"] = where.Type, ["coordinates"] = coordinates };
    }

    public static JsonObject Tag(FeedCategory tag) => new() { ["term"] = tag.Term, ["scheme"] = tag.Scheme, ["label"] = tag.Label };

    public static void Date(JsonObject target, string key, string? text, DateTimeOffset? value)
    {
        if (text is null)
        {
            return;
        }
        target[key] = text;
        target[key + "_parsed"] = value is { } v ? FeedparserTime.ToStruct(v) : null;
    }

    public static void Extensions(JsonObject target, IReadOnlyList<FeedExtension> extensions)
    {
        foreach (var extension in extensions)
        {
            FeedparserDerived.Expand(target, extension);
            var key = Renames.GetValueOrDefault(extension.Key, extension.Key);
            if (FeedparserMedia.TryAdd(target, key, extension))
            {
                continue;
            }
            if (ListValued.Contains(key))
            {
                if (target[key] is not JsonArray list)
                {
                    target[key] = list = [];
                }
                list.Add(AttributesOf(extension));
                continue;
            }
            if (!target.ContainsKey(key))
            {
                target[key] = ExtensionValue(extension);
            }
        }
    }

    /// <summary>Extension values feedparser converts (itunes:block to 1/0, itunes:explicit to True/False/None).</summary>
    private static readonly Dictionary<string, Func<string, JsonNode?>> Converters = new()
    {
        ["itunes_block"] = v => v == "yes" ? 1 : 0,
        ["itunes_explicit"] = v => v switch
        {
            "yes" or "explicit" or "true" => true,
            "no" or "clean" or "false" => false,
            _ => null,
        },
    };

    /// <summary>Extensions feedparser files under a plain key (itunes:subtitle is the entry subtitle, dc:language its language).</summary>
    private static readonly Dictionary<string, string> Renames = new()
    {
        ["itunes_subtitle"] = "subtitle",
        ["dc_language"] = "language",
        ["itunes_image"] = "image",
        ["media_thumbnail"] = "media_thumbnail",
        ["dcterms_created"] = "created",
    };

    /// <summary>Repeatable Media RSS elements, which feedparser collects into lists of attribute dictionaries.</summary>
    private static readonly HashSet<string> ListValued = ["media_thumbnail", "media_content"];

    private static JsonObject AttributesOf(FeedExtension extension)
    {
        var json = new JsonObject();
        foreach (var (name, value) in extension.Attributes)
        {
            json[name] = value;
        }
        return json;
    }

    private static JsonNode? ExtensionValue(FeedExtension extension)
    {
        if (Converters.TryGetValue(extension.Key, out var convert))
        {
            return convert(extension.Value);
        }
        if (extension.Value.Length > 0 || extension.Attributes.Count == 0)
        {
            return extension.Value;
        }
        var json = new JsonObject();
        foreach (var (name, value) in extension.Attributes)
        {
            json[name] = value;
        }
        return json;
    }
}
