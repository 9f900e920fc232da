using System.Text;

namespace Masthead.Feeds.Tests.Content;

/// <summary>HTML content whose escaped markup sits in a lone XHTML div (TypePad): the div is a wrapper, its text the HTML.</summary>
public sealed class EscapedDivTests
{
    [Theory]
    [InlineData("escaped markup in a div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">Example &lt;b&gt;Atom&lt;/b&gt;</div>", "Example <b>Atom</b>")]
    [InlineData("div with elements kept as markup", "<div xmlns=\"http://www.w3.org/1999/xhtml\"><b>x</b></div>", "<div><b>x</b></div>")]
    [InlineData("two divs kept as markup", "<div xmlns=\"http://www.w3.org/1999/xhtml\">a</div><div xmlns=\"http://www.w3.org/1999/xhtml\">b</div>", "<div>a</div><div>b</div>")]
    [InlineData("text beside the div kept as markup", "x<div xmlns=\"http://www.w3.org/1999/xhtml\">a</div>", "x<div>a</div>")]
    [InlineData("plain escaped html", "Example &lt;i&gt;Atom&lt;/i&gt;", "Example <i>Atom</i>")]
    public void Html_content_in_a_div_wrapper(string name, string content, string expected)
    {
        var xml = $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><id>urn:1</id><title>A</title><content type=\"html\">{content}</content></entry></feed>";
        var entry = FeedParser.Parse(Encoding.UTF8.GetBytes(xml)).Entries.Single();
        Assert.True(expected == entry.Contents.Single().Value, name + ": " + entry.Contents.Single().Value);
    }
}
