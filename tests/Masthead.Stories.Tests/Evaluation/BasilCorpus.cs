using System.Text.Json;
using Masthead.Stories;
using Masthead.Testing;

namespace Masthead.Stories.Tests;

/// <summary>BASIL dev articles (read in place, evaluation only): article, gold story id and main entities.</summary>
internal static class BasilCorpus
{
    public const string Path = "stories/basil-dev/articles";

    public sealed record Item(StoryArticle Article, string Story, IReadOnlyList<string> MainEntities);

    /// <summary>All articles in stream order (publication date, then file name).</summary>
    public static List<Item> Load()
    {
        var items = new List<Item>();
        foreach (var file in Directory.GetFiles(Corpora.PathOf(Path), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement;
            var text = string.Join("\n\n", root.GetProperty("body-paragraphs").EnumerateArray()
                .Select(p => string.Join(' ', p.EnumerateArray().Select(s => s.GetString()))));
            var date = DateTimeOffset.Parse(root.GetProperty("date").GetString()! + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
            var article = new StoryArticle(System.IO.Path.GetFileNameWithoutExtension(file), root.GetProperty("url").GetString(),
                root.GetProperty("source").GetString()!.ToLowerInvariant(), root.GetProperty("title").GetString()!, text, date);
            items.Add(new Item(article, root.GetProperty("triplet-uuid").GetString()!,
                [.. root.GetProperty("main-entities").EnumerateArray().Select(e => e.GetString()!)]));
        }
        return [.. items.OrderBy(i => i.Article.Published).ThenBy(i => i.Article.Id, StringComparer.Ordinal)];
    }
}
