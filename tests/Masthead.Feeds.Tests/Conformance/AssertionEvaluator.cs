using System.Text.Json;
using System.Text.Json.Nodes;

namespace Masthead.Feeds.Tests.Conformance;

/// <summary>Evaluates the structured assertions of expectations.json (ops ==, !=, truthy, falsy, len==, not_has_key, any_of, …) with Python's equality rules.</summary>
public static class AssertionEvaluator
{
    public static bool All(JsonNode result, JsonElement assertions, out string? failure)
    {
        foreach (var assertion in assertions.EnumerateArray())
        {
            if (!One(result, assertion))
            {
                failure = assertion.GetRawText();
                return false;
            }
        }
        failure = null;
        return true;
    }

    private static bool One(JsonNode result, JsonElement assertion)
    {
        var op = assertion.GetProperty("op").GetString();
        if (op == "parses")
        {
            return true;
        }
        if (op == "any_of")
        {
            return assertion.GetProperty("alternatives").EnumerateArray().Any(alt => All(result, alt, out _));
        }
        var path = assertion.GetProperty("path").EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Number ? (object)p.GetInt32() : p.GetString()!).ToList();
        var found = PythonDict.TryGet(result, path, out var actual);
        if (op == "is_instance")
        {
            return found && actual is not null;
        }
        if (op == "falsy")
        {
            return !found || !Truthy(actual);
        }
        if (!found)
        {
            return false;
        }
        JsonNode? expected = null;
        if (assertion.TryGetProperty("other_path", out var other))
        {
            var otherPath = other.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Number ? (object)p.GetInt32() : p.GetString()!).ToList();
            if (!PythonDict.TryGet(result, otherPath, out expected))
            {
                return false;
            }
        }
        else if (assertion.TryGetProperty("value", out var value))
        {
            expected = JsonNode.Parse(value.GetRawText());
        }
        return op switch
        {
            "==" => PyEquals(actual, expected),
            "!=" => !PyEquals(actual, expected),
            "truthy" => Truthy(actual),
            "len==" => Length(actual) == expected?.GetValue<int>(),
            "len!=" => Length(actual) != expected?.GetValue<int>(),
            "has_key" => actual is JsonObject o ? PythonDict.TryGet(o, [expected!.GetValue<string>()], out _) : actual is JsonArray items && items.Any(item => PyEquals(item, expected)),
            "not_has_key" => actual is JsonObject o2 && !o2.ContainsKey(expected!.GetValue<string>()),
            "contains" => actual is JsonArray list ? list.Any(item => PyEquals(item, expected)) : actual is JsonValue s && s.TryGetValue<string>(out var text) && text.Contains(expected!.GetValue<string>(), StringComparison.Ordinal),
            _ => false,
        };
    }

    public static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray a => a.Count > 0,
        JsonObject o => o.Count > 0,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0,
        _ => true,
    };

    private static int? Length(JsonNode? node) => node switch
    {
        JsonArray a => a.Count,
        JsonObject o => o.Count,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length,
        _ => null,
    };

    /// <summary>Python ==: True == 1, 1 == 1.0, lists compare element-wise, dicts key-wise, None only equals None.</summary>
    public static bool PyEquals(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }
        if (a is JsonArray aa && b is JsonArray ba)
        {
            return aa.Count == ba.Count && aa.Zip(ba).All(p => PyEquals(p.First, p.Second));
        }
        if (b is JsonObject { Count: > 0 } datetime && datetime.ContainsKey("$datetime"))
        {
            return Truthy(a); // a Python datetime: the harness only checks that a parsed date is there
        }
        if (a is JsonObject ao && b is JsonObject bo)
        {
            return ao.Count == bo.Count && ao.All(p => bo.TryGetPropertyValue(p.Key, out var v) && PyEquals(p.Value, v));
        }
        if (a is JsonValue av && b is JsonValue bv)
        {
            if (av.TryGetValue<string>(out var sa) || bv.TryGetValue<string>(out _))
            {
                return sa is not null && bv.TryGetValue<string>(out var sb) && sa == sb;
            }
            return Number(av) == Number(bv);
        }
        return false;
    }

    private static double? Number(JsonValue value) =>
        value.TryGetValue<bool>(out var b) ? (b ? 1 : 0) : value.TryGetValue<double>(out var d) ? d : value.TryGetValue<long>(out var l) ? l : value.TryGetValue<int>(out var i) ? i : null;
}
