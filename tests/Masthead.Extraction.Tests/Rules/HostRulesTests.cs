using System.Text;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Tests.Rules;

/// <summary>Every per-host rule file loads, and each has its own case below.</summary>
public class HostRulesTests
{
    [Fact]
    public void EveryRuleFile_LoadsWithHostsAndSelectors()
    {
        Assert.NotEmpty(HostRules.All);
        Assert.All(HostRules.All, rule =>
        {
            Assert.NotEmpty(rule.Hosts);
            Assert.True(rule.Body.Count + rule.Remove.Count > 0);
        });
    }

    [Theory]
    [InlineData("https://lwn.net/Articles/637755/", true)]
    [InlineData("https://www.lwn.net/Articles/637755/", true)]
    [InlineData("https://notlwn.net/a", false)]
    [InlineData(null, false)]
    public void For_MatchesTheHostAndItsSubdomains(string? url, bool found)
    {
        Assert.Equal(found, HostRules.For(url) is not null);
    }

    [Fact]
    public void LwnNet_TakesTheMidColumn_WithoutTheFeatureByline()
    {
        const string html = """
            <html><body><div class="SideBox"><p>Weekly edition: a long sidebar text about subscriptions, with many words in it, and more.</p>
            <p>Another sidebar paragraph, long enough to compete with the article text for the scorer.</p></div>
            <div class="MidColumn"><h2 class="SummaryHL">A kernel story</h2><div class="FeatureByline">By <b>Nathan Willis</b> March 25, 2015</div>
            <p>The kernel developers met in Boston, where they discussed scheduling.</p></div></body></html>
            """;
        var article = new ArticleExtractor().Extract(Encoding.UTF8.GetBytes(html), "https://lwn.net/Articles/637755/");
        Assert.Contains("The kernel developers met in Boston", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("March 25, 2015", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sidebar", article.Text, StringComparison.Ordinal);
    }
}
