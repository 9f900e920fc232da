using System.Text;

namespace Masthead.Storage.Search;

/// <summary>
/// A reader's search: words and "quoted phrases" (all must match), plus <c>outlet:NAME</c> and
/// <c>tag:NAME</c> filters (a value may be quoted: <c>outlet:"New York Times"</c>). Every word is passed to
/// FTS5 as a quoted string, so no input can be FTS5 syntax (https://www.sqlite.org/fts5.html §3).
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> Terms, string? Outlet, string? Tag)
{
    public static SearchQuery Parse(string? text)
    {
        var terms = new List<string>();
        string? outlet = null, tag = null;
        foreach (var token in Tokenize(text ?? ""))
        {
            if (token.StartsWith("outlet:", StringComparison.OrdinalIgnoreCase) && token.Length > 7)
            {
                outlet = token[7..];
            }
            else if (token.StartsWith("tag:", StringComparison.OrdinalIgnoreCase) && token.Length > 4)
            {
                tag = Reading.ArticleFilter.NormalizeTag(token[4..]);
            }
            else if (token.Any(char.IsLetterOrDigit))
            {
                terms.Add(token);
            }
        }
        return new SearchQuery(terms, outlet, tag);
    }

    /// <summary>
    /// The FTS5 MATCH expression: each term a quoted string (a phrase when it has several words), and the
    /// filters as column filters (outlet : "…", hashtag : "…"), all ANDed; null without any term.
    /// </summary>
    public string? FtsExpression
    {
        get
        {
            if (Terms.Count == 0)
            {
                return null;
            }
            var parts = Terms.Select(Quote).ToList();
            if (Outlet is not null)
            {
                parts.Add("outlet : " + Quote(Outlet));
            }
            if (Tag is not null)
            {
                parts.Add("hashtag : " + Quote(Tag.TrimStart('#')));
            }
            return string.Join(" AND ", parts);
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Splits on spaces outside quotes; quotes group, and are dropped from the token.</summary>
    private static IEnumerable<string> Tokenize(string text)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var ch in text)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(ch) && !quoted)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }
            }
            else
            {
                current.Append(ch);
            }
        }
        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
