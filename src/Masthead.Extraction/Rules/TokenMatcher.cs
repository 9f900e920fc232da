using System.Buffers;

namespace Masthead.Extraction.Rules;

/// <summary>
/// Matches an element's class and id against a token table: substrings anywhere, or whole words after
/// splitting on separators and camelCase (so "ad" matches "top-ad" and "adSlot" but not "header").
/// </summary>
internal sealed class TokenMatcher(IReadOnlyList<string> substrings, IReadOnlyList<string> tokens)
{
    // One multi-string search (Aho-Corasick/Teddy inside SearchValues), case-insensitive, no lower-casing copies.
    private readonly SearchValues<string> _substrings = SearchValues.Create([.. substrings], StringComparison.OrdinalIgnoreCase);
    private readonly HashSet<string> _tokens = new(tokens, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when any class or id word matches. <paramref name="attributes"/> is class and id joined by a space.</summary>
    public bool Matches(string attributes)
    {
        if (attributes.Length == 0)
        {
            return false;
        }
        return attributes.AsSpan().ContainsAny(_substrings) || (_tokens.Count > 0 && AnyToken(attributes));
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
            if (i > start && _tokens.GetAlternateLookup<ReadOnlySpan<char>>().Contains(attributes.AsSpan(start, i - start)))
            {
                return true;
            }
            start = i < attributes.Length && char.IsLetterOrDigit(attributes[i]) ? i : i + 1;
        }
        return false;
    }
}
