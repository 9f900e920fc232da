using System.Text.Json;
using Masthead.Feeds;

namespace Masthead.Cli;

/// <summary>One input of `feed parse`: a file and the fetch context it came with (URL, response headers).</summary>
internal sealed record FeedInput(string Path, FeedRequest Request)
{
    /// <summary>Reads a batch manifest: one JSON object per line, {"path": FILE, "url": URL-or-null, "headers": {NAME: VALUE}}.</summary>
    public static IEnumerable<FeedInput> FromManifest(string manifestPath)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(manifestPath)) ?? ".";
        foreach (var line in File.ReadLines(manifestPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var path = root.GetProperty("path").GetString() ?? "";
            var url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in h.EnumerateObject())
                {
                    headers[p.Name] = p.Value.ToString();
                }
            }
            yield return new FeedInput(System.IO.Path.Combine(folder, path), new FeedRequest { Url = url, Headers = headers.Count > 0 ? headers : null });
        }
    }

    /// <summary>Parses "Name: value" header options.</summary>
    public static IReadOnlyDictionary<string, string>? Headers(IEnumerable<string>? values)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values ?? [])
        {
            var colon = value.IndexOf(':');
            if (colon > 0)
            {
                headers[value[..colon].Trim()] = value[(colon + 1)..].Trim();
            }
        }
        return headers.Count > 0 ? headers : null;
    }
}
