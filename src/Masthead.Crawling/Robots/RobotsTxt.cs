using Masthead.Core;

namespace Masthead.Crawling.Robots;

/// <summary>
/// A parsed robots.txt (RFC 9309). The group whose user-agent token matches ours is used, else the '*'
/// group; the longest matching rule wins, and allow wins a tie (§2.2.2). No rules means everything is
/// allowed; <see cref="DisallowAll"/> stands for an unreachable robots.txt (§2.3.1.4).
/// </summary>
public sealed class RobotsTxt
{
    public static readonly RobotsTxt AllowAll = new([]);
    public static readonly RobotsTxt DisallowAll = new([new RobotsRule(false, "/")]);

    private readonly IReadOnlyList<RobotsRule> _rules;

    private RobotsTxt(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay = null)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public IReadOnlyList<RobotsRule> Rules => _rules;

    /// <summary>The Crawl-delay of the group that applies to us (the largest, if several do), capped at <see cref="Limits.MaxCrawlDelay"/>.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Parses the text and keeps the rules that apply to <paramref name="productToken"/> (e.g. "masthead").</summary>
    public static RobotsTxt Parse(string text, string productToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = RobotsGroupReader.Read(text);
        var ours = groups.Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        if (ours.Count == 0)
        {
            ours = [.. groups.Where(g => g.Agents.Contains("*"))];
        }
        var delay = ours.Max(g => g.CrawlDelaySeconds);
        return new RobotsTxt([.. ours.SelectMany(g => g.Rules)], delay is { } seconds ? TimeSpan.FromSeconds(Math.Min(seconds, Limits.MaxCrawlDelay.TotalSeconds)) : null);
    }

    /// <summary>True when the path (with its query) may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        if (pathAndQuery == "/robots.txt")
        {
            return true;
        }
        RobotsRule? best = null;
        foreach (var rule in _rules)
        {
            if (!rule.Matches(pathAndQuery))
            {
                continue;
            }
            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }
        return best?.Allow ?? true;
    }
}
