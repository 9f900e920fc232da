using Masthead.Core.Html;

namespace Masthead.Core.Tests;

public class SafeHtmlTests
{
    public static TheoryData<string, string> Hostile => new()
    {
        { "script element", "<p>a</p><script>alert(1)</script>" },
        { "event handler", "<p onclick=\"alert(1)\">a</p>" },
        { "javascript url", "<a href=\"javascript:alert(1)\">a</a>" },
        { "entity-obfuscated javascript url", "<a href=\"jav&#x09;ascript:alert(1)\">a</a>" },
        { "data url image", "<img src=\"data:text/html;base64,PHNjcmlwdD4=\">" },
        { "svg onload", "<svg onload=alert(1)><circle/></svg>" },
        { "iframe", "<iframe src=\"https://evil.example/\"></iframe>" },
        { "style expression", "<p style=\"background:url(javascript:alert(1))\">a</p>" },
        { "img onerror", "<img src=x onerror=alert(1)>" },
        { "form action", "<form action=\"javascript:alert(1)\"><button>go</button></form>" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Sanitize_RemovesEverythingThatRuns(string name, string html)
    {
        var clean = SafeHtml.Sanitize(html, "https://example.com/a/");

        Assert.False(string.IsNullOrEmpty(name));
        Assert.DoesNotContain("alert", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", clean, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sanitize_KeepsArticleStructure_AndMakesLinksAbsolute()
    {
        var clean = SafeHtml.Sanitize(
            "<div class=\"x\"><h2>Head</h2><p>One <a href=\"/b\">link</a></p><figure><img src=\"i.jpg\" alt=\"Alt\"><figcaption>Cap</figcaption></figure></div>",
            "https://example.com/a/");

        Assert.Contains("<h2>Head</h2>", clean);
        Assert.Contains("href=\"https://example.com/b\"", clean);
        Assert.Contains("src=\"https://example.com/a/i.jpg\"", clean);
        Assert.Contains("alt=\"Alt\"", clean);
        Assert.Contains("<figcaption>Cap</figcaption>", clean);
        Assert.DoesNotContain("class=", clean);
    }

    [Fact]
    public void Sanitize_UnwrapsUnknownElements_KeepingTheirText()
    {
        var clean = SafeHtml.Sanitize("<custom-box><p>kept text</p></custom-box><nav>menu</nav>");

        Assert.Contains("<p>kept text</p>", clean);
        Assert.DoesNotContain("menu", clean);
    }
}
