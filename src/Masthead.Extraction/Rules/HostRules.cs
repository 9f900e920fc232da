using System.Text.Json;

namespace Masthead.Extraction.Rules;

/// <summary>The per-host rules embedded from Rules/hosts/*.json, looked up by the page URL's host (and its parents).</summary>
internal static class HostRules
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
    private static readonly Lazy<Dictionary<string, HostRule>> ByHost = new(Load);

    public static IReadOnlyCollection<HostRule> All => [.. ByHost.Value.Values.Distinct()];

    public static HostRule? For(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }
        var host = uri.Host.ToLowerInvariant();
        while (host.Contains('.', StringComparison.Ordinal))
        {
            if (ByHost.Value.TryGetValue(host, out var rule))
            {
                return rule;
            }
            host = host[(host.IndexOf('.', StringComparison.Ordinal) + 1)..];
        }
        return null;
    }

    private static Dictionary<string, HostRule> Load()
    {
        var map = new Dictionary<string, HostRule>(StringComparer.OrdinalIgnoreCase);
        var assembly = typeof(HostRules).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Masthead.Extraction.hosts.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var rule = JsonSerializer.Deserialize<HostRule>(stream, Json)
                ?? throw new InvalidOperationException($"host rule {name} is empty");
            foreach (var host in rule.Hosts)
            {
                map[host] = rule;
            }
        }
        return map;
    }
}
