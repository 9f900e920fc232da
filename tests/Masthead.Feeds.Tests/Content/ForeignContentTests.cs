using Masthead.Feeds.Content;

namespace Masthead.Feeds.Tests.Content;

/// <summary>Inline SVG and MathML through the feed sanitizer: kept from feedparser's allow-lists, never anything that runs or loads.</summary>
public sealed class ForeignContentTests
{
    private const string Svg = "xmlns=\"http://www.w3.org/2000/svg\"";
    private const string XLink = "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "svg gets its namespace and SVG spelling", "<svg viewbox=\"0 0 1 1\"><lineargradient id=\"g\"></lineargradient></svg>", $"<svg viewBox=\"0 0 1 1\" {Svg}><linearGradient id=\"g\"></linearGradient></svg>" },
        { "input namespace declarations are replaced", "<svg xmlns=\"http://evil.example/\" xmlns:x=\"y\"><g></g></svg>", $"<svg {Svg}><g></g></svg>" },
        { "mathml kept", "<math><mi>x</mi><mo>=</mo><mn>1</mn></math>", "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi><mo>=</mo><mn>1</mn></math>" },
        { "xlink gets its declaration", "<svg><a xlink:href=\"/p\"><text>t</text></a></svg>", $"<svg {Svg}><a xlink:href=\"http://example.com/p\" {XLink}><text>t</text></a></svg>" },
        { "script url in xlink:href dropped", "<svg><a xlink:href=\"java&#09;script:alert(1)\">x</a></svg>", $"<svg {Svg}><a {XLink}>x</a></svg>" },
        { "data url in mathml href dropped", "<math><mi href=\"data:text/html,x\">x</mi></math>", "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math>" },
        { "script inside svg dropped whole", "<svg><script>alert(1)</script><circle r=\"1\"></circle></svg>", $"<svg {Svg}><circle r=\"1\"></circle></svg>" },
        { "handlers and style dropped", "<svg onload=\"alert(1)\" style=\"x\"><rect onclick=\"x()\" width=\"1\"></rect></svg>", $"<svg {Svg}><rect width=\"1\"></rect></svg>" },
        { "foreignObject dropped whole", "<svg><foreignObject><p>html</p></foreignObject></svg>", $"<svg {Svg}></svg>" },
        { "animation cannot rewrite a link", "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/>x</a></svg>", $"<svg {Svg}><a>x</a></svg>" },
        { "use cannot pull in a document", "<svg><use xlink:href=\"http://evil.example/x.svg#a\"/></svg>", $"<svg {Svg}></svg>" },
        { "external paint reference dropped", "<svg><rect fill=\"url(http://evil.example/p.svg#g)\" stroke=\"red\"></rect></svg>", $"<svg {Svg}><rect stroke=\"red\"></rect></svg>" },
        { "local paint reference kept", "<svg><rect fill=\"url(#g)\"></rect></svg>", $"<svg {Svg}><rect fill=\"url(#g)\"></rect></svg>" },
        { "css escape in a value dropped", "<svg><rect fill=\"\\75 rl(http://e/)\"></rect></svg>", $"<svg {Svg}><rect></rect></svg>" },
        { "svg title kept, html title still dropped", "<title>t</title><svg><title>s</title></svg>", $"<svg {Svg}><title>s</title></svg>" },
        { "html inside svg follows html rules", "<svg><desc><abbr title=\"a\" fill=\"red\">d</abbr></desc></svg>", $"<svg {Svg}><desc><abbr title=\"a\">d</abbr></desc></svg>" },
        { "svg names outside svg are not svg", "<circle r=\"1\">c</circle><mi>m</mi>", "cm" },
        { "self-closed before an ancestor's end tag", "<svg><circle r=\"1\" /></svg>", $"<svg {Svg}><circle r=\"1\"></svg>" },
        { "self-closed before a sibling is closed", "<svg><circle r=\"1\"/><rect/></svg>", $"<svg {Svg}><circle r=\"1\"></circle><rect></svg>" },
        { "leaving svg restores html rules", "<svg><title>s</title></svg><p>after</p><title>t</title>", $"<svg {Svg}><title>s</title></svg><p>after</p>" },
        { "unclosed svg closed at the end", "<p><svg><g>", $"<p><svg {Svg}><g></g></svg></p>" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Foreign_content_is_sanitized(string name, string html, string expected)
    {
        Assert.True(expected == FeedHtml.Sanitize(html, "http://example.com/"), name + ": " + FeedHtml.Sanitize(html, "http://example.com/"));
    }
}
