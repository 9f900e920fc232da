namespace Masthead.Extraction.Rules;

/// <summary>
/// Matches an element's class and id against a token table: substrings anywhere, or whole words after
/// splitting on separators and camelCase (so "ad" matches "top-ad" and "adSlot" but not "header").
/// </summary>
internal sealed class TokenMatcher(IReadOnlyList<string> substrings, IReadOnlyList<string> tokens)
{
    private readonly string[] _substrings = [.. substrings];
    private readonly HashSet<string> _tokens = new(tokens, StringComparer.Ordinal);

    /// <summary>True when any class or id word matches. <paramref name="attributes"/> is class and id joined by a space.</summary>
    public bool Matches(string attributes)
    {
        if (attributes.Length == 0)
        {
            return false;
        }
        var lower = attributes.ToLowerInvariant();
        foreach (var s in _substrings)
        {
            if (lower.Contains(s, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return _tokens.Count > 0 && AnyToken(attributes);
    }

    private bool AnyToken(string attributes)
    {
        var start = 0;
        for (var i = 0; i <= attributes.Length; i++)
        {
            var boundary = i == attributes.Length || !char.IsLetterOrDigit(attributes[i])
                || (i > start && char.IsUpper(attributes[i]) && char.IsLower(attributes[i - 1]));
            if (!boundary)
            {
                continue;
            }
            if (i > start && _tokens.Contains(attributes[start..i].ToLowerInvariant()))
            {
                return true;
            }
            start = i < attributes.Length && char.IsLetterOrDigit(attributes[i]) ? i : i + 1;
        }
        return false;
    }
}
