using System.Text.Json;

namespace Masthead.Extraction.Rules;

/// <summary>
/// The token tables of the extractor, loaded once from the embedded <c>heuristics.json</c>.
/// Code asks questions ("is this class boilerplate?"); the answers live in the data file.
/// </summary>
internal sealed class Heuristics
{
    private static readonly Lazy<Heuristics> Loaded = new(Load);

    public static Heuristics Default => Loaded.Value;

    public required IReadOnlySet<string> JunkTags { get; init; }

    public required IReadOnlySet<string> BoilerplateTags { get; init; }

    public required IReadOnlySet<string> BoilerplateRoles { get; init; }

    public required TokenMatcher Boilerplate { get; init; }

    public required TokenMatcher Protect { get; init; }

    /// <summary>Chrome so specific (comments, cookie notices, related lists) that its size does not protect it.</summary>
    public required TokenMatcher Unguarded { get; init; }

    public required TokenMatcher Positive { get; init; }

    public required TokenMatcher Negative { get; init; }

    public required IReadOnlySet<string> ParagraphTags { get; init; }

    public required IReadOnlySet<string> BlockTags { get; init; }

    public required IReadOnlyList<string> BoilerplatePhrases { get; init; }

    public required IReadOnlySet<string> ArticleTypes { get; init; }

    public required IReadOnlyList<string> BylinePrefixes { get; init; }

    public required IReadOnlySet<string> BylineRoleWords { get; init; }

    public required IReadOnlySet<string> BylineRoleNouns { get; init; }

    public required IReadOnlySet<string> BylineNoise { get; init; }

    public required IReadOnlySet<string> BylinePostNominals { get; init; }

    public required IReadOnlyList<string> BylineWithWords { get; init; }

    public required IReadOnlySet<string> BylineAgencies { get; init; }

    public required IReadOnlyList<string> TitleSeparators { get; init; }

    private static Heuristics Load()
    {
        using var stream = typeof(Heuristics).Assembly.GetManifestResourceStream("Masthead.Extraction.heuristics.json")
            ?? throw new InvalidOperationException("heuristics.json is not embedded");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        return new Heuristics
        {
            JunkTags = Set(root, "junkTags"),
            BoilerplateTags = Set(root, "boilerplateTags"),
            BoilerplateRoles = Set(root, "boilerplateRoles"),
            Boilerplate = new TokenMatcher(List(root, "boilerplateSubstrings"), List(root, "boilerplateTokens")),
            Protect = new TokenMatcher(List(root, "protectSubstrings"), []),
            Unguarded = new TokenMatcher(List(root, "unguardedSubstrings"), []),
            Positive = new TokenMatcher(List(root, "positiveSubstrings"), []),
            Negative = new TokenMatcher(List(root, "negativeSubstrings"), []),
            ParagraphTags = Set(root, "paragraphTags"),
            BlockTags = Set(root, "blockTags"),
            BoilerplatePhrases = List(root, "boilerplatePhrases"),
            ArticleTypes = Set(root, "articleTypes"),
            BylinePrefixes = List(root, "bylinePrefixes"),
            BylineRoleWords = Set(root, "bylineRoleWords"),
            BylineRoleNouns = Set(root, "bylineRoleNouns"),
            BylineNoise = Set(root, "bylineNoise"),
            BylinePostNominals = Set(root, "bylinePostNominals"),
            BylineWithWords = List(root, "bylineWithWords"),
            BylineAgencies = Set(root, "bylineAgencies"),
            TitleSeparators = List(root, "titleSeparators"),
        };
    }

    private static List<string> List(JsonElement root, string name) =>
        [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? string.Empty)];

    private static HashSet<string> Set(JsonElement root, string name) =>
        new(List(root, name), StringComparer.OrdinalIgnoreCase);
}
