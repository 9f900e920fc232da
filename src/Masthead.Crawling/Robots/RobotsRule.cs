namespace Masthead.Crawling.Robots;

/// <summary>One allow or disallow line of a robots.txt group (RFC 9309 §2.2.2).</summary>
public sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>
    /// Matches a path (with query) against the pattern: '*' matches any sequence, a trailing '$' anchors
    /// the end (RFC 9309 §2.2.3); otherwise the pattern is a prefix.
    /// </summary>
    public bool Matches(string path) => Match(path, 0, 0);

    private bool Match(string path, int p, int q)
    {
        while (q < Pattern.Length)
        {
            var c = Pattern[q];
            if (c == '$' && q == Pattern.Length - 1)
            {
                return p == path.Length;
            }
            if (c == '*')
            {
                for (var skip = p; skip <= path.Length; skip++)
                {
                    if (Match(path, skip, q + 1))
                    {
                        return true;
                    }
                }
                return false;
            }
            if (p >= path.Length || path[p] != c)
            {
                return false;
            }
            p++;
            q++;
        }
        return true;
    }
}
