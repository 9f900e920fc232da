using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Masthead.Feeds.Tests.Conformance;

/// <summary>
/// What "safe" means for the sanitize cases: no string in the result carries markup that can run code or
/// load from elsewhere: script-capable elements, event-handler attributes, script URLs, or CSS expressions.
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
                var match = Unsafe().Match(text);
                offending = match.Success ? text : null;
                return !match.Success;
            default:
                return true;
        }
    }

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed|applet|frame|frameset|meta|link|style|base|form|svg|math)\b|<[^>]*\son[a-z]+\s*=|<[^>]*(javascript|vbscript|livescript|data)\s*:|<[^>]*expression\s*\(|<[^>]*style\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Unsafe();

    [GeneratedRegex(@"^\s*(javascript|vbscript|livescript)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();
}
