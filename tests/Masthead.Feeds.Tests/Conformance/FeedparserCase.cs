using System.Text.Json;

namespace Masthead.Feeds.Tests.Conformance;

/// <summary>One case of feedparser's test suite as described in corpora/feeds/feedparser/expectations.json.</summary>
public sealed record FeedparserCase(string File, string Mode, JsonElement Assertions, IReadOnlyDictionary<string, string> Headers)
{
    public bool IsSanitize => File.Contains("/sanitize/", StringComparison.Ordinal);

    public bool IsHttp => Mode.StartsWith("http-", StringComparison.Ordinal);

    /// <summary>The URL the feedparser harness serves the file at (http modes only).</summary>
    public string? Url => IsHttp ? "http://127.0.0.1:8097/" + File : null;

    public static IReadOnlyList<FeedparserCase> Load(string expectationsPath)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllBytes(expectationsPath));
        var cases = new List<FeedparserCase>();
        foreach (var test in json.RootElement.GetProperty("tests").EnumerateArray())
        {
            if (!test.TryGetProperty("assertions", out var assertions))
            {
                continue;
            }
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (test.TryGetProperty("http_headers", out var h) && h.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in h.EnumerateObject())
                {
                    headers[p.Name] = p.Value.GetString() ?? "";
                }
            }
            var mode = test.GetProperty("mode").GetString()!;
            if (mode.StartsWith("http-", StringComparison.Ordinal) && !headers.ContainsKey("Content-type"))
            {
                headers["Content-type"] = "text/xml";
            }
            cases.Add(new FeedparserCase(test.GetProperty("file").GetString()!, mode, assertions.Clone(), headers));
        }
        return cases;
    }
}
