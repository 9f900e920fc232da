using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Masthead.Feeds.Tests.Conformance;

/// <summary>
/// What "safe" means for the sanitize cases: no string in the result carries markup that can run code or
/// load from elsewhere: script-capable elements, event-handler attributes, script URLs, or CSS expressions; inline
/// SVG and MathML are judged against feedparser's allow-lists by <see cref="ForeignMarkupSafety"/>.
/// </summary>
public static partial class HtmlSafety
{
    public static bool IsSafe(JsonNode? node, out string? offending)
    {
        offending = null;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if ((key is "href" or "link" or "src") && value is JsonValue v && v.TryGetValue<string>(out var url) && ScriptUrl().IsMatch(url))
                    {
                        offending = url;
                        return false;
                    }
                    if (!IsSafe(value, out offending))
                    {
                        return false;
                    }
                }
                return true;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (!IsSafe(item, out offending))
                    {
                        return false;
                    }
                }
                return true;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains('<'):
                var safe = IsSafeMarkup(text);
                offending = safe ? null : text;
                return safe;
            default:
                return true;
        }
    }

    /// <summary>No script-capable element, handler, script URL or CSS expression anywhere; inline SVG and MathML only within feedparser's allow-lists (<see cref="ForeignMarkupSafety"/>).</summary>
    public static bool IsSafeMarkup(string html) => !Unsafe().IsMatch(html) && ForeignMarkupSafety.IsSafe(html);

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed|applet|frame|frameset|meta|link|style|base|form|foreignObject)\b|<[^>]*\son[a-z]+\s*=|<[^>]*(javascript|vbscript|livescript|data)\s*:|<[^>]*expression\s*\(|<[^>]*style\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Unsafe();

    [GeneratedRegex(@"^\s*(javascript|vbscript|livescript)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();
}
