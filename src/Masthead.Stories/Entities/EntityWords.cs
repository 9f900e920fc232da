namespace Masthead.Stories;

/// <summary>The extractor's token tables (Data/entity-words.txt): person titles, organisation head words, non-names.</summary>
internal static class EntityWords
{
    private static readonly Dictionary<string, HashSet<string>> Sections = Load();

    public static readonly HashSet<string> PersonTitles = Sections["person-titles"];
    public static readonly HashSet<string> OrganizationHeads = Sections["org-heads"];
    public static readonly HashSet<string> NotEntities = Sections["not-entities"];
    public static readonly HashSet<string> NameSuffixes = Sections["name-suffixes"];

    /// <summary>Lower-case words that may sit inside a name ("Bank of England", "Osama bin Laden").</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "del", "da", "bin", "al", "van", "von", "der", "la", "du", "for" };

    private static Dictionary<string, HashSet<string>> Load()
    {
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("entity-words.txt"))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                sections[line[1..^1]] = current = new HashSet<string>(StringComparer.Ordinal);
                continue;
            }
            current.Add(line.ToLowerInvariant());
        }
        return sections;
    }
}
