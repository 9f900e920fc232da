using System.Text.RegularExpressions;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Metadata;

/// <summary>Turns raw byline strings ("By Jane Doe and John Roe | Reuters") into a clean, de-duplicated list of names.</summary>
internal static partial class Authors
{
    private const int MaxNameLength = 80;
    private const int MaxNameWords = 6;

    public static List<string> Normalize(IEnumerable<string> raw)
    {
        var names = new List<string>();
        foreach (var value in raw)
        {
            foreach (var part in Split(value))
            {
                if (!names.Contains(part, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(part);
                }
            }
        }
        return names;
    }

    private static IEnumerable<string> Split(string value)
    {
        var text = TextNormalizer.Clean(value, 400);
        if (text is null || text.Contains("://", StringComparison.Ordinal) || text.StartsWith('@'))
        {
            yield break;
        }
        text = StripPrefix(text);
        foreach (var piece in Separators().Split(text))
        {
            var name = StripPrefix(piece.Trim(' ', ',', ';', '|', '-', '–', '—', '.', ':'));
            if (LooksLikeName(name))
            {
                yield return name;
            }
        }
    }

    /// <summary>A person's or desk's name: a few words, letters, no digits or addresses, no sentence.</summary>
    private static bool LooksLikeName(string name)
    {
        if (name.Length is < 2 or > MaxNameLength || !name.Any(char.IsLetter) || name.Contains('@') || name.Any(char.IsDigit))
        {
            return false;
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxNameWords && words.Any(w => w.Count(char.IsLetter) >= 2) && !name.EndsWith('.') && !name.EndsWith('!') && !name.EndsWith('?');
    }

    private static string StripPrefix(string text)
    {
        foreach (var prefix in Heuristics.Default.BylinePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[prefix.Length..].Trim();
            }
        }
        return text;
    }

    [GeneratedRegex(@"\s*(?:,|;|\||\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();
}
