namespace Masthead.Crawling.Robots;

/// <summary>
/// Splits robots.txt into groups: consecutive user-agent lines open a group, the allow/disallow lines after
/// them belong to it (RFC 9309 §2.1). Crawl-delay (not in the RFC, but the common extension) is kept per group;
/// other lines (sitemap, junk) are ignored.
/// </summary>
public static class RobotsGroupReader
{
    public sealed record Group(List<string> Agents, List<RobotsRule> Rules)
    {
        /// <summary>Seconds asked between two requests, when the group says so with a valid non-negative number.</summary>
        public double? CrawlDelaySeconds { get; set; }
    }

    public static List<Group> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = new Group([], []);
                    groups.Add(current);
                }
                current.Agents.Add(value);
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is not null && key == "crawl-delay"
                && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                && double.IsFinite(seconds) && seconds >= 0)
            {
                current.CrawlDelaySeconds = seconds;
                continue;
            }
            // An empty disallow means "nothing is disallowed": it adds no rule.
            if (current is not null && key is "allow" or "disallow" && value.Length > 0)
            {
                current.Rules.Add(new RobotsRule(key == "allow", NormalizePattern(value)));
            }
        }
        return groups;
    }

    private static string NormalizePattern(string value) => value.StartsWith('/') || value.StartsWith('*') ? value : "/" + value;
}
