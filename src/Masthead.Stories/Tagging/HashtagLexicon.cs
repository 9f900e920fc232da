using System.Globalization;
using System.Text.Json;

namespace Masthead.Stories;

/// <summary>
/// The hand-written topic lexicons (Data/hashtags.json): weighted terms and phrases per hashtag, and the URL
/// section / feed category words that vote for a hashtag directly. Entries go through the same
/// <see cref="Tokenizer"/> as article text, so plurals and stop words line up.
/// </summary>
internal sealed class HashtagLexicon
{
    public static readonly HashtagLexicon Default = Load(EmbeddedData.ReadText("hashtags.json"));

    private HashtagLexicon(string fallback, Dictionary<string, List<(string Hashtag, double Weight)>> terms, Dictionary<string, string> sections)
    {
        Fallback = fallback;
        Terms = terms;
        Sections = sections;
    }

    /// <summary>Hashtag given when nothing votes.</summary>
    public string Fallback { get; }

    /// <summary>Term or phrase (terms joined by a space) -> the hashtags it votes for, with weights.</summary>
    public Dictionary<string, List<(string Hashtag, double Weight)>> Terms { get; }

    /// <summary>Lower-case section or category word -> hashtag.</summary>
    public Dictionary<string, string> Sections { get; }

    public static HashtagLexicon Load(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var terms = new Dictionary<string, List<(string, double)>>(StringComparer.Ordinal);
        foreach (var lexicon in root.GetProperty("lexicons").EnumerateObject())
        {
            foreach (var entry in lexicon.Value.EnumerateArray().Select(e => e.GetString()!))
            {
                var colon = entry.LastIndexOf(':');
                var weight = colon > 0 ? double.Parse(entry[(colon + 1)..], CultureInfo.InvariantCulture) : 1.0;
                var key = string.Join(' ', Tokenizer.Terms(colon > 0 ? entry[..colon] : entry));
                if (key.Length == 0)
                {
                    continue;
                }
                if (!terms.TryGetValue(key, out var votes))
                {
                    terms[key] = votes = [];
                }
                votes.Add((lexicon.Name, weight));
            }
        }
        var sections = root.GetProperty("sections").EnumerateObject()
            .Where(p => !p.Name.StartsWith("//", StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return new HashtagLexicon(root.GetProperty("default").GetString()!, terms, sections);
    }
}
