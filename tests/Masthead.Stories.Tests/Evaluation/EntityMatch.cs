namespace Masthead.Stories.Tests;

/// <summary>
/// Whether a gold entity (BASIL main-entities) appears among extracted ones: case, dots, hyphens, middle
/// initials and plural s are ignored, and a match on whole words either way counts ("Obama" for "Barack Obama",
/// "Republicans" for "Republican lawmakers").
/// </summary>
internal static class EntityMatch
{
    public static bool Found(string gold, IEnumerable<string> extracted)
    {
        var g = Normalise(gold);
        return extracted.Select(Normalise).Any(e => e.Length > 3 && (e.Contains(g, StringComparison.Ordinal) || g.Contains(e, StringComparison.Ordinal)));
    }

    private static string Normalise(string text) =>
        " " + string.Join(' ', text.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal)
            .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1)
            .Select(w => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w)) + " ";
}
