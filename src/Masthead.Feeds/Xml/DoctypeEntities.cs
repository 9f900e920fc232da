using System.Text.RegularExpressions;

namespace Masthead.Feeds.Xml;

/// <summary>
/// Simple general entities declared in a DOCTYPE internal subset (&lt;!ENTITY name "text"&gt;). Values that
/// refer to other entities, parameter entities and external (SYSTEM/PUBLIC) entities are ignored, so
/// expansion is bounded and never touches disk or network.
/// </summary>
internal static partial class DoctypeEntities
{
    private const int MaxEntities = 64;
    private const int MaxValueLength = 1024;

    public static Dictionary<string, string>? Parse(string subset)
    {
        Dictionary<string, string>? result = null;
        foreach (Match match in Declaration().Matches(subset))
        {
            var value = match.Groups[2].Value;
            if (value.Contains('&') || value.Contains('%') || value.Length > MaxValueLength)
            {
                continue;
            }
            result ??= [];
            if (result.Count >= MaxEntities)
            {
                break;
            }
            result.TryAdd(match.Groups[1].Value, value);
        }
        return result;
    }

    [GeneratedRegex("<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+[\"']([^\"']*)[\"']\\s*>")]
    private static partial Regex Declaration();
}
