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
    public static readonly HashtagLexicon Default = Load(EmbeddedData.ReadText("hashtags.json"), EmbeddedData.ReadLines("hashtag-seeds.txt"));

    /// <summary>Vote of one seed sentence's word for its hashtag, and the most all seeds may add to one word.</summary>
    private const double SeedWeight = 0.5;
    private const double MaxSeedWeight = 1.5;

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

    public static HashtagLexicon Load(string json, IEnumerable<string> seeds)
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
        AddSeeds(terms, seeds);
        var sections = root.GetProperty("sections").EnumerateObject()
            .Where(p => !p.Name.StartsWith("//", StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return new HashtagLexicon(root.GetProperty("default").GetString()!, terms, sections);
    }

    // Seed words widen the lexicon weakly; a word the lexicon already lists for that hashtag keeps its weight.
    private static void AddSeeds(Dictionary<string, List<(string Hashtag, double Weight)>> terms, IEnumerable<string> seeds)
    {
        var added = new Dictionary<(string Term, string Hashtag), double>();
        foreach (var line in seeds)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var hashtag = line[..tab];
            foreach (var term in Tokenizer.Terms(line[(tab + 1)..]).Distinct())
            {
                added[(term, hashtag)] = Math.Min(MaxSeedWeight, added.GetValueOrDefault((term, hashtag)) + SeedWeight);
            }
        }
        foreach (var ((term, hashtag), weight) in added)
        {
            if (!terms.TryGetValue(term, out var votes))
            {
                terms[term] = votes = [];
            }
            if (!votes.Any(v => v.Hashtag == hashtag))
            {
                votes.Add((hashtag, weight));
            }
        }
    }
}
