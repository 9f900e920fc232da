using System.Text.Json;

namespace Masthead.Extraction.Rules;

/// <summary>The embedded <c>metadata.json</c>: for each article field, the &lt;meta&gt; keys that give it, most trusted first.</summary>
internal sealed class MetaKeys
{
    private static readonly Lazy<MetaKeys> Loaded = new(Load);

    private readonly Dictionary<string, string[]> _byField;

    private MetaKeys(Dictionary<string, string[]> byField) => _byField = byField;

    public static MetaKeys Default => Loaded.Value;

    /// <summary>The keys for a field ("title", "author", "published", ...), most trusted first.</summary>
    public IReadOnlyList<string> For(string field) => _byField.TryGetValue(field, out var keys) ? keys : [];

    private static MetaKeys Load()
    {
        using var stream = typeof(MetaKeys).Assembly.GetManifestResourceStream("Masthead.Extraction.metadata.json")
            ?? throw new InvalidOperationException("metadata.json is not embedded");
        using var json = JsonDocument.Parse(stream);
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                map[property.Name] = [.. property.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
            }
        }
        return new MetaKeys(map);
    }
}
