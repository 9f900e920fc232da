using System.Text.Json;
using Masthead.Testing;

namespace Masthead.Extraction.Tests.Evaluation;

/// <summary>One test page of Mozilla's or SmartReader's suite with the metadata it expects (only the fields we score).</summary>
public sealed record MetadataCase(string Corpus, string Name, string SourcePath, IReadOnlyDictionary<string, string> Expected)
{
    /// <summary>The page URL both suites parse with.</summary>
    public const string PageUrl = "http://fakehost/test/page.html";

    /// <summary>Field name in this project to the names the suites use (the first present and non-empty wins).</summary>
    private static readonly (string Field, string[] Keys)[] Fields =
    [
        ("title", ["title"]),
        ("byline", ["byline"]),
        ("siteName", ["siteName"]),
        ("published", ["publishedTime", "publicationDate"]),
        ("image", ["featuredImage"]),
    ];

    public static List<MetadataCase> Load(string corpus)
    {
        var root = Corpora.PathOf(corpus);
        var cases = new List<MetadataCase>();
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(dir, "source.html");
            var expected = Path.Combine(dir, "expected-metadata.json");
            if (File.Exists(source) && File.Exists(expected))
            {
                cases.Add(new MetadataCase(corpus, Path.GetFileName(dir), source, Read(expected)));
            }
        }
        return cases;
    }

    private static Dictionary<string, string> Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, keys) in Fields)
        {
            foreach (var key in keys)
            {
                if (json.RootElement.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
                {
                    values[field] = v.GetString()!;
                    break;
                }
            }
        }
        return values;
    }
}
