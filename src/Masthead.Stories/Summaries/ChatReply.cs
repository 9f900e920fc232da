using System.Text.Json;

namespace Masthead.Stories;

/// <summary>
/// Checks a model's reply: a JSON object {"short","long"} (possibly inside a ```json fence or prose). The short
/// text is cut to a whole phrase if the model ran long; a long text in one paragraph is split in two at a
/// sentence boundary. Anything else is an error string.
/// </summary>
internal static class ChatReply
{
    public static (Summary? Summary, string? Error) Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return (null, "empty reply");
        }
        var open = content.IndexOf('{', StringComparison.Ordinal);
        var close = content.LastIndexOf('}');
        if (open < 0 || close <= open)
        {
            return (null, "reply is not a JSON object");
        }
        try
        {
            using var doc = JsonDocument.Parse(content[open..(close + 1)]);
            var root = doc.RootElement;
            var shortText = root.TryGetProperty("short", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()!.Trim() : "";
            var longText = root.TryGetProperty("long", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()!.Trim() : "";
            if (shortText.Length == 0 || longText.Length == 0)
            {
                return (null, "reply lacks short or long");
            }
            return (new Summary(ShortPhrase.Cut(shortText), TwoParagraphs(longText)) { Note = "chat-completions" }, null);
        }
        catch (JsonException ex)
        {
            return (null, "reply JSON invalid: " + ex.Message);
        }
    }

    private static string TwoParagraphs(string text)
    {
        var paragraphs = text.Replace("\r", "", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length >= 2)
        {
            return paragraphs[0] + "\n\n" + string.Join(' ', paragraphs.Skip(1));
        }
        var sentences = SentenceSplitter.Split(text, text.Length, int.MaxValue);
        if (sentences.Count < 2)
        {
            return text;
        }
        var half = (sentences.Count + 1) / 2;
        return string.Join(' ', sentences.Take(half)) + "\n\n" + string.Join(' ', sentences.Skip(half));
    }
}
