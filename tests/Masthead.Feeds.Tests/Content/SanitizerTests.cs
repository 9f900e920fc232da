using Masthead.Feeds.Content;

namespace Masthead.Feeds.Tests.Content;

/// <summary>
/// The feed sanitizer on the paths its fast forms took over (text runs with references scanned once, attribute values
/// read as slices, URLs judged, decoded and written from spans, srcset written in place, the name table): outputs pinned from the sanitizer
/// before those changes, against the base "http://example.com/a/".
/// </summary>
public sealed class SanitizerTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "reference at the end of a text run", "a &amp<b>b</b> &#146; &#X41; &nbsp<i>x</i>", "a &amp;amp<b>b</b> &#x2019; &#x41; &amp;nbsp<i>x</i>" },
        { "bare ampersands", "fish & chips &; &#; &#x; &abc", "fish &amp; chips &amp;; &amp;#; &amp;#x; &amp;abc" },
        { "references between tags", "<p>&lt;tag&gt;</p>&copy;<br>&#8217;", "<p>&lt;tag&gt;</p>&copy;<br />&#8217;" },
        { "attributes sorted and requoted", "<img src='a.png' alt=x width=10 title=\"t &amp; u\">", "<img alt=\"x\" src=\"http://example.com/a/a.png\" title=\"t &amp; u\" width=\"10\" />" },
        { "duplicate attributes keep their order", "<p class=\"b\" class=\"a\" id=z>t</p>", "<p class=\"b\" class=\"a\" id=\"z\">t</p>" },
        { "valueless attribute", "<td nowrap>x</td><video controls muted></video><hr noshade>", "<td nowrap=\"\">x</td><video controls=\"\" muted=\"\"></video><hr noshade=\"\" />" },
        { "url with entity and whitespace", "<a href=\" http://e.com/?a=1&amp;b=2 \">x</a>", "<a href=\"http://e.com/?a=1&amp;b=2\">x</a>" },
        { "relative url resolved", "<a href=\"/x/y?q=1#f\">x</a><img src=\"i.png\">", "<a href=\"http://example.com/x/y?q=1#f\">x</a><img src=\"http://example.com/a/i.png\" />" },
        { "script url with control characters", "<a href=\"jav&#x09;ascript:alert(1)\">x</a><a href=\"java\tscript:x\">y</a>", "<a>x</a><a>y</a>" },
        { "scheme-like relative", "<a href=\"foo:bar/baz\">x</a><a href=\"a/b:c\">y</a>", "<a>x</a><a href=\"http://example.com/a/a/b:c\">y</a>" },
        { "unknown scheme dropped", "<a href=\"data:text/html,x\">x</a><img src=\"vbscript:x\">", "<a>x</a><img />" },
        { "srcset candidates", "<img srcset=\"a.png 1x,  b.png   2x, javascript:x 3x,,c.png\" src=\"a.png\">", "<img src=\"http://example.com/a/a.png\" srcset=\"http://example.com/a/a.png 1x, http://example.com/a/b.png 2x, http://example.com/a/c.png\" />" },
        { "srcset with no safe candidate", "<img srcset=\"javascript:a 1x\">", "<img />" },
        { "attribute with quotes and angle brackets", "<abbr title='say \"hi\" <b>'>x</abbr>", "<abbr title=\"say &quot;hi&quot; &lt;b&gt;\">x</abbr>" },
        { "unquoted attribute at the end", "<a href=http://e.com/>x</a><p title=x", "<a href=\"http://e.com/\">x</a><p title=\"x\"></p>" },
        { "upper-case names", "<P CLASS=\"x\" ID=y>t</P><A HREF=\"/z\">l</A>", "<p class=\"x\" id=\"y\">t</p><a href=\"http://example.com/z\">l</a>" },
        { "handlers and style dropped", "<p onclick=\"x()\" style=\"color:red\" data-x=\"1\">t</p>", "<p>t</p>" },
        { "comment and processing instruction", "a<!-- c --><?php x ?>b<!doctype html>c", "abc" },
        { "lone less-than", "a < b <3 <1>", "a &lt; b &lt;3 &lt;1>" },
        { "dropped whole", "<script>var a = \"</p>\";</script>after<style>p{}</style><iframe src=x></iframe>z", "afterz" },
        { "unclosed elements closed", "<div><p><b>x", "<div><p><b>x</b></p></div>" },
        { "stray end tag", "</b>x</div>", "x" },
        { "url with ampersand references", "<a href=\"/s?a=1&amp;b=2&#038;c=3&#38;d=4\">x</a><a href=\"http://e.com/?q=a&amp\">y</a>", "<a href=\"http://example.com/s?a=1&amp;b=2&amp;c=3&amp;d=4\">x</a><a href=\"http://e.com/?q=a&amp;amp\">y</a>" },
        { "url with other references", "<a href=\"http://e.com/?a=&lt;b&gt;&amp;c=&quot;d&quot;\">x</a><img src=\"&#x2F;p.png\">", "<a href=\"http://e.com/?a=&lt;b&gt;&amp;c=&quot;d&quot;\">x</a><img src=\"http://example.com/p.png\" />" },
        { "srcset spacing and references", "<img srcset=\" a.png   1x ,b.png&#9;2x,c.png?x=1&amp;y=2 100w, ,d.png  \">", "<img srcset=\"http://example.com/a/a.png 1x, http://example.com/a/b.png%092x, http://example.com/a/c.png?x=1&amp;y=2 100w, http://example.com/a/d.png\" />" },
        { "bare tags in any case", "<P>a<STRONG>b</STRONG></P><h2>c</H2>", "<p>a<strong>b</strong></p><h2>c</h2>" },
        { "bare void, dropped and unknown tags", "a<br>b<hr><script>x</script><foo>c</foo><svg>d</svg>", "a<br />b<hr />c<svg xmlns=\"http://www.w3.org/2000/svg\">d</svg>" },
        { "bare tags inside foreign content", "<svg><g><title>t</title></g></svg><math><mi>x</mi></math>", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g><title>t</title></g></svg><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math>" },
        { "text runs around the direct look", "<p>12345678&amp;9</p><p>1234567<b>8</b></p>&lt;", "<p>12345678&amp;9</p><p>1234567<b>8</b></p>&lt;" },
        { "plain web urls written as they are", "<a href=\"https://e.com/a/b?c=d#e\">x</a><img src=\"HTTP://E.COM/I.PNG\">", "<a href=\"https://e.com/a/b?c=d#e\">x</a><img src=\"HTTP://E.COM/I.PNG\" />" },
        { "web url with a trailing unicode space trimmed", "<a href=\"http://e.com/x\u2003\">x</a>", "<a href=\"http://e.com/x\">x</a>" },
        { "web url with non-ascii characters", "<a href=\"http://e.com/caf\u00e9\">x</a>", "<a href=\"http://e.com/caf\u00e9\">x</a>" },
        { "duplicate attributes keep document order when sorted", "<p title=\"1\" title=\"2\" class=\"c\">t</p>", "<p class=\"c\" title=\"1\" title=\"2\">t</p>" },
        { "more attributes than the insertion sort takes", "<td width=1 valign=top title=t scope=row rowspan=2 nowrap lang=en id=i height=3 headers=h dir=ltr colspan=4 class=c char=x bgcolor=red axis=a align=left abbr=b>x</td>", "<td abbr=\"b\" align=\"left\" axis=\"a\" char=\"x\" class=\"c\" colspan=\"4\" dir=\"ltr\" headers=\"h\" height=\"3\" id=\"i\" lang=\"en\" nowrap=\"\" rowspan=\"2\" scope=\"row\" title=\"t\" valign=\"top\" width=\"1\">x</td>" },
        { "srcset entirely relative without base-breaking", "<img srcset=\"/a.png 1x, //cdn.example/b.png 2x\">", "<img srcset=\"http://example.com/a.png 1x, http://cdn.example/b.png 2x\" />" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fragment_is_sanitized_as_before(string name, string html, string expected)
    {
        var actual = FeedHtml.Sanitize(html, "http://example.com/a/");
        Assert.True(expected == actual, name + ": " + actual);
    }

    /// <summary>The nesting limit holds the same for tags read by the bare-tag path and by the general one.</summary>
    [Theory]
    [InlineData("bare", "<b>")]
    [InlineData("with an attribute", "<b title=\"t\">")]
    public void Nesting_stops_at_the_limit(string name, string open)
    {
        var html = string.Concat(Enumerable.Repeat(open, Masthead.Core.Limits.MaxNestingDepth + 10)) + "x";
        var actual = FeedHtml.Sanitize(html, null);
        Assert.True(Masthead.Core.Limits.MaxNestingDepth == actual.Split("</b>").Length - 1, name);
    }

    [Theory]
    [InlineData("lower case", "href", true)]
    [InlineData("upper case", "HREF", true)]
    [InlineData("mixed case, svg spelling", "linearGradient", true)]
    [InlineData("prefixed", "XLINK:HREF", true)]
    [InlineData("unknown", "onclick", false)]
    [InlineData("prefix of a known name", "hre", false)]
    [InlineData("dotless i is not i (OrdinalIgnoreCase folds nothing onto ASCII)", "t\u0131tle", false)]
    [InlineData("long s is not s", "\u017Frc", false)]
    public void Known_names_are_found_ascii_case_insensitively(string name, string candidate, bool known)
    {
        var table = new NameTable(new Dictionary<string, (string, NameKind)>
        {
            ["href"] = ("href", NameKind.Attribute),
            ["linearGradient"] = ("lineargradient", NameKind.SvgElement),
            ["xlink:href"] = ("xlink:href", NameKind.ForeignAttribute),
            ["title"] = ("title", NameKind.Attribute),
            ["src"] = ("src", NameKind.Attribute),
        });
        Assert.True(known == table.TryGetValue(candidate, out _), name);
    }
}
