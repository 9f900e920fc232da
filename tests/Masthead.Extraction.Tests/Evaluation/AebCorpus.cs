using System.Text.Json;
using Masthead.Testing;

namespace Masthead.Extraction.Tests.Evaluation;

/// <summary>The AEB corpus read in place: ground truth, pages and the published outputs.</summary>
public static class AebCorpus
{
    public const string Folder = "extraction/aeb";

    public sealed record Page(string Id, string Url, string Truth, string Path);

    public static List<Page> Pages()
    {
        var folder = Corpora.PathOf(Folder);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        return [.. json.RootElement.EnumerateObject()
            .Select(p => new Page(
                p.Name,
                p.Value.GetProperty("url").GetString() ?? string.Empty,
                p.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? string.Empty : string.Empty,
                Path.Combine(folder, "html", p.Name + ".html")))];
    }

    /// <summary>A published prediction file: id to articleBody.</summary>
    public static Dictionary<string, string> Published(string name)
    {
        var path = Path.Combine(Corpora.PathOf(Folder), "published-output", name + ".json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var output = json.RootElement.TryGetProperty("output", out var o) ? o : json.RootElement;
        return output.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? string.Empty : string.Empty);
    }
}
