namespace Masthead.Feeds.Tests.Conformance;

/// <summary>The safety oracle itself: inline SVG and MathML pass only within feedparser's allow-lists, and never with anything that runs or loads.</summary>
public sealed class HtmlSafetyTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">";

    public static TheoryData<string, string, bool> Cases => new()
    {
        { "plain html", "<p>Hi <a href=\"http://x/\">x</a></p>", true },
        { "svg shape", Svg + "<circle cx=\"1\" fill=\"url(#g)\"></circle></svg>", true },
        { "svg link", Svg + "<a xlink:href=\"http://x/\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">x</a></svg>", true },
        { "svg title and html inside desc", Svg + "<title>t</title><desc><abbr>a</abbr></desc></svg>", true },
        { "mathml", "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mrow><mi>a</mi></mrow></math>", true },
        { "script in svg", Svg + "<script>alert(1)</script></svg>", false },
        { "handler on svg", "<svg onload=\"alert(1)\"></svg>", false },
        { "foreignObject", Svg + "<foreignObject><p>x</p></foreignObject></svg>", false },
        { "script url in xlink:href", Svg + "<a xlink:href=\"javascript:alert(1)\">x</a></svg>", false },
        { "entity-encoded data url", Svg + "<a xlink:href=\"&#100;ata:text/html,x\">x</a></svg>", false },
        { "svg element off the list", Svg + "<feImage href=\"x\"></feImage></svg>", false },
        { "svg attribute off the list", Svg + "<rect clip-path=\"x\"></rect></svg>", false },
        { "mathml attribute off the list", "<math><mi style2=\"x\">a</mi></math>", false },
        { "external paint", Svg + "<rect fill=\"url(http://evil/x.svg#p)\"></rect></svg>", false },
        { "style attribute", Svg + "<rect style=\"fill:red\"></rect></svg>", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Markup_safety_is_judged(string name, string html, bool safe)
    {
        Assert.True(safe == HtmlSafety.IsSafeMarkup(html), name);
    }
}
