using System.Globalization;
using System.Text.Json;
using Masthead.Stories;

namespace Masthead.Cli;

/// <summary>
/// Reads the stories commands' input: one JSON object a line, {"id","url","outlet","title","text","published"}
/// (+ optional "categories"). A line that is not such an object is reported on stderr and skipped, so one bad
/// line never stops a batch.
/// </summary>
public static class StoriesInput
{
    public static IEnumerable<StoryArticle> Read(TextReader reader, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(errors);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var (article, error) = Parse(line, number);
            if (article is null)
            {
                errors.WriteLine($"line {number}: {error}");
                continue;
            }
            yield return article;
        }
    }

    private static (StoryArticle? Article, string? Error) Parse(string line, int number)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object");
            }
            var id = Text(root, "id") ?? number.ToString(CultureInfo.InvariantCulture);
            var article = new StoryArticle(id, Text(root, "url"), Text(root, "outlet"), Text(root, "title") ?? "",
                Text(root, "text") ?? "", Date(Text(root, "published")))
            {
                Categories = root.TryGetProperty("categories", out var c) && c.ValueKind == JsonValueKind.Array
                    ? [.. c.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
                    : [],
            };
            return (article, null);
        }
        catch (JsonException ex)
        {
            return (null, "invalid JSON: " + ex.Message);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}
