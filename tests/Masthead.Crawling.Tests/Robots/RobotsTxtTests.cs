using Masthead.Crawling.Robots;

namespace Masthead.Crawling.Tests.Robots;

public class RobotsTxtTests
{
    private const string Sample = """
        # comment
        User-agent: *
        Disallow: /private/
        Allow: /private/open.html
        Disallow: /*.pdf$

        User-agent: BadBot
        Disallow: /

        User-agent: Masthead
        User-agent: other
        Disallow: /no-masthead/
        Allow: /
        """;

    public static TheoryData<string, string, string, bool> Cases => new()
    {
        { "star group: disallowed prefix", "*", "/private/x.html", false },
        { "star group: longer allow wins", "*", "/private/open.html", true },
        { "star group: other path", "*", "/news/story", true },
        { "star group: $ anchors end", "*", "/files/report.pdf", false },
        { "star group: $ does not match longer", "*", "/files/report.pdf?x=1", true },
        { "named group replaces star group", "masthead", "/private/x.html", true },
        { "named group is case-insensitive", "MASTHEAD", "/no-masthead/a", false },
        { "bot banned entirely", "badbot", "/anything", false },
        { "robots.txt itself is always allowed", "badbot", "/robots.txt", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsAllowed_FollowsRfc9309(string name, string agent, string path, bool allowed)
    {
        Assert.True(allowed == RobotsTxt.Parse(Sample, agent).IsAllowed(path), name);
    }

    [Theory]
    [InlineData("empty file", "")]
    [InlineData("empty disallow", "User-agent: *\nDisallow:\n")]
    [InlineData("garbage", "\u0000\u0001 not robots at all <html>")]
    public void NoRules_AllowsEverything(string name, string text)
    {
        Assert.True(RobotsTxt.Parse(text, "masthead").IsAllowed("/any/path"), name);
    }

    public static TheoryData<string, string, double?> CrawlDelays => new()
    {
        { "none given", "User-agent: *\nDisallow: /x/", null },
        { "star group", "User-agent: *\nCrawl-delay: 5\nDisallow: /x/", 5 },
        { "fraction", "User-agent: *\nCrawl-delay: 0.5", 0.5 },
        { "our group wins over star", "User-agent: *\nCrawl-delay: 30\n\nUser-agent: masthead\nCrawl-delay: 2", 2 },
        { "other bot's delay ignored", "User-agent: otherbot\nCrawl-delay: 30\n\nUser-agent: *\nDisallow: /x/", null },
        { "capped at a minute", "User-agent: *\nCrawl-delay: 86400", 60 },
        { "garbage ignored", "User-agent: *\nCrawl-delay: soon", null },
        { "negative ignored", "User-agent: *\nCrawl-delay: -3", null },
    };

    [Theory]
    [MemberData(nameof(CrawlDelays))]
    public void CrawlDelay_IsReadFromTheGroupThatAppliesToUs(string name, string text, double? seconds)
    {
        Assert.True(RobotsTxt.Parse(text, "masthead").CrawlDelay?.TotalSeconds == seconds, name);
    }

    [Fact]
    public void Unreachable_DisallowsEverything()
    {
        Assert.False(RobotsTxt.DisallowAll.IsAllowed("/news"));
    }
}
