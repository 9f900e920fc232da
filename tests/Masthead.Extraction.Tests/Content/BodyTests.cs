using System.Text;

namespace Masthead.Extraction.Tests.Content;

/// <summary>What the body keeps (structure, absolute links) and what it loses (chrome, code, repeated bylines).</summary>
public class BodyTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Prose =
        "<p>The council met on Tuesday evening, and after a long debate, it approved the new budget for schools, roads and parks.</p>" +
        "<p>Opposition members said the plan, which raises fees, would hurt families; the mayor replied that the city had no choice.</p>" +
        "<p>The budget takes effect in January, and a review is planned for the spring, when revenue figures are known.</p>";

    private static ExtractedArticle Extract(string body, string head = "") =>
        Extractor.Extract(Encoding.UTF8.GetBytes($"<html><head><title>Council approves budget</title>{head}</head><body>{body}</body></html>"), "https://news.example.com/2020/budget");

    public static TheoryData<string, string, string> Chrome => new()
    {
        { "navigation", "<nav><a href='/'>Home</a> <a href='/world'>World news section</a></nav>", "World news section" },
        { "share buttons", "<div class='share-tools'><a href='#'>Share on Facebook</a> <a href='#'>Tweet this story</a></div>", "Tweet this story" },
        { "related stories", "<div class='related-stories'><h3>Related</h3><ul><li><a href='/x'>Another story about roads</a></li></ul></div>", "Another story about roads" },
        { "newsletter box", "<div class='newsletter-signup'><p>Get our daily briefing in your inbox every morning.</p></div>", "daily briefing" },
        { "cookie notice", "<div id='cookie-consent'><p>We use cookies to improve your experience on our site.</p></div>", "We use cookies" },
        { "comments", "<section id='comments'><p>Great article, thanks for writing it, I agree with the mayor completely.</p></section>", "Great article" },
        { "footer", "<footer><p>Copyright Example News, all rights reserved, since the year two thousand.</p></footer>", "Copyright Example" },
        { "script", "<script>var tracking = 'do not show this code';</script>", "do not show" },
    };

    [Theory]
    [MemberData(nameof(Chrome))]
    public void Boilerplate_IsRemoved(string name, string chrome, string leak)
    {
        Assert.NotEmpty(name);
        var article = Extract($"<header><a href='/'>Example News</a></header><main><article><h1>Council approves budget</h1>{Prose}{chrome}</article></main>");
        Assert.Contains("approved the new budget", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(leak, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(leak, article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedTitleAndByline_AreNotInTheText()
    {
        var article = Extract("<article><h1>Council approves budget</h1><p class='x'>By Jane Doe</p>" + Prose + "</article>", "<meta name='author' content='Jane Doe'>");
        Assert.DoesNotContain("Council approves budget", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("The council met", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Structure_IsKept_AndLinksMadeAbsolute()
    {
        var body = "<article>" + Prose + "<h2>What changes</h2><ul><li>Fees rise by two percent</li><li>Parks get new benches</li></ul>"
            + "<blockquote><p>We had no choice, and we will review it in the spring.</p></blockquote>"
            + "<figure><img src='/img/council.jpg' alt='The council'><figcaption>The council chamber on Tuesday.</figcaption></figure>"
            + "<p>Read the <a href='/docs/budget.pdf'>full budget document</a> online, with every line, table and figure of it.</p>"
            + "<table><tr><th>Item</th><th>Amount</th></tr><tr><td>Schools</td><td>10m</td></tr></table></article>";
        var article = Extract(body);
        Assert.Contains("<h2>What changes</h2>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<li>Fees rise by two percent</li>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>The council chamber on Tuesday.</figcaption>", article.Html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://news.example.com/img/council.jpg\"", article.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example.com/docs/budget.pdf\"", article.Html, StringComparison.Ordinal);
        Assert.Contains("<td>Schools</td>", article.Html, StringComparison.Ordinal);
        Assert.Contains("\n\nWhat changes\n\n", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("event handler", "<p onclick=\"steal()\">The council met on Tuesday and approved the budget for all the schools.</p>", "onclick")]
    [InlineData("javascript URL", "<p>See <a href=\"javascript:steal()\">this link</a>, which the council published on Tuesday evening.</p>", "javascript:")]
    [InlineData("inline script", "<p>The council met.<script>steal()</script> It approved the budget for all the schools on Tuesday.</p>", "steal")]
    public void Html_IsSanitized(string name, string hostile, string forbidden)
    {
        Assert.NotEmpty(name);
        var article = Extract("<article>" + Prose + hostile + "</article>");
        Assert.DoesNotContain(forbidden, article.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TextWrittenWithLineBreaks_IsFound()
    {
        var body = "<div class='post'>The council met on Tuesday evening, and after a long debate, it approved the new budget.<br><br>"
            + "Opposition members said the plan, which raises fees, would hurt families, and they would fight it.<br><br>"
            + "The budget takes effect in January, and a review is planned for the spring.</div><div class='sidebar'><a href='/'>Popular</a></div>";
        var article = Extract(body);
        Assert.Contains("approved the new budget", article.Text, StringComparison.Ordinal);
        Assert.Contains("review is planned", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Popular", article.Text, StringComparison.Ordinal);
    }
}
