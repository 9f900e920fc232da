using AngleSharp.Dom;

namespace Masthead.Extraction.Rules;

/// <summary>
/// Optional rules for one site, as data (Rules/hosts/*.json): CSS selectors for the body and for parts to drop.
/// For sites the general heuristics get wrong; every rule file has its own test.
/// </summary>
internal sealed record HostRule
{
    public required IReadOnlyList<string> Hosts { get; init; }

    public IReadOnlyList<string> Body { get; init; } = [];

    public IReadOnlyList<string> Remove { get; init; } = [];

    public void RemoveFrom(IElement root)
    {
        foreach (var selector in Remove)
        {
            foreach (var element in Select(root, selector).ToList())
            {
                element.Remove();
            }
        }
    }

    /// <summary>The body elements the rule names (first selector that matches), or null.</summary>
    public List<IElement>? BodyOf(IElement root)
    {
        foreach (var selector in Body)
        {
            var found = Select(root, selector).ToList();
            if (found.Count > 0)
            {
                // Nested matches would be written twice: keep only the outermost.
                return [.. found.Where(e => !found.Any(o => o != e && o.Contains(e)))];
            }
        }
        return null;
    }

    private static IEnumerable<IElement> Select(IElement root, string selector)
    {
        try
        {
            return root.QuerySelectorAll(selector);
        }
        catch (AngleSharp.Dom.DomException)
        {
            return [];
        }
    }
}
