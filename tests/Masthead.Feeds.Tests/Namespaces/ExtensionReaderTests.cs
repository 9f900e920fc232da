using Masthead.Feeds.Namespaces;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Tests.Namespaces;

/// <summary>An extension element kept as data: its attributes by local name (first of a repeated name wins) and its value.</summary>
public sealed class ExtensionReaderTests
{
    private const string Media = "http://search.yahoo.com/mrss/";
    private const string Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    private const string Wfw = "http://wellformedweb.org/CommentAPI/";

    [Theory]
    [InlineData("no attributes", 0, "")]
    [InlineData("a few, in document order", 3, "a0=v0 a1=v1 a2=v2")]
    [InlineData("as many as are scanned", ExtensionAttributes.MaxScanned, "a0=v0 a1=v1 a2=v2")]
    [InlineData("more than are scanned (kept in a dictionary)", ExtensionAttributes.MaxScanned + 5, "a0=v0 a1=v1 a2=v2")]
    public void Attributes_keep_document_order_and_answer_lookups(string name, int count, string firstThree)
    {
        var node = XmlNode.Element("content", Media, "media");
        for (var i = 0; i < count; i++)
        {
            node.AddAttribute(new XmlAttr($"a{i}", "", "", $"v{i}"));
        }
        var read = ExtensionReader.Read(node);
        Assert.True(count == read.Attributes.Count, name);
        Assert.Equal(firstThree, string.Join(' ', read.Attributes.Take(3).Select(a => $"{a.Key}={a.Value}")));
        for (var i = 0; i < count; i++)
        {
            Assert.True(read.Attributes.TryGetValue($"a{i}", out var value));
            Assert.Equal($"v{i}", value);
            Assert.Equal($"v{i}", read.Attributes[$"a{i}"]);
        }
        Assert.False(read.Attributes.ContainsKey("missing"));
        Assert.False(read.Attributes.TryGetValue("missing", out _));
        Assert.Throws<KeyNotFoundException>(() => read.Attributes["missing"]);
        Assert.Equal(read.Attributes.Select(a => a.Key), read.Attributes.Keys);
        Assert.Equal(read.Attributes.Select(a => a.Value), read.Attributes.Values);
    }

    [Fact]
    public void Repeated_attribute_name_keeps_the_first_value()
    {
        var node = XmlNode.Element("content", Media, "media");
        node.AddAttribute(new XmlAttr("url", "", "", "http://example.com/first"));
        node.AddAttribute(new XmlAttr("type", "", "", "audio/mpeg"));
        node.AddAttribute(new XmlAttr("url", "http://example.com/other-ns", "o", "http://example.com/second"));
        var read = ExtensionReader.Read(node);
        Assert.Equal(2, read.Attributes.Count);
        Assert.Equal("http://example.com/first", read.Attributes["url"]);
        Assert.Equal(["url", "type"], read.Attributes.Keys);
    }

    [Theory]
    [InlineData("ordinary element: trimmed", Media, "media", "credit", "  Jane Doe \n", "Jane Doe")]
    [InlineData("verbatim flag: kept as written", Itunes, "itunes", "explicit", " yes ", " yes ")]
    [InlineData("verbatim flag in another case: trimmed like any element", Itunes, "itunes", "Explicit", " yes ", "yes")]
    [InlineData("URL-valued: resolved against the base", Wfw, "wfw", "commentRss", " /comments/1 ", "http://example.com/comments/1")]
    [InlineData("URL-valued in another case: resolved too", Wfw, "wfw", "commentrss", "/comments/2", "http://example.com/comments/2")]
    [InlineData("URL-valued name under an unknown namespace's own prefix, in capitals", "http://example.com/other", "WFW", "comment", "/c/3", "http://example.com/c/3")]
    [InlineData("ordinary element under a prefix of the table", Itunes, "itunes", "subtitle", " Sub ", "Sub")]
    public void Value_is_read_by_the_element_kind(string name, string ns, string prefix, string localName, string text, string expected)
    {
        var node = XmlNode.Element(localName, ns, prefix);
        node.Base = "http://example.com/feed.xml";
        node.AddText(text);
        Assert.True(expected == ExtensionReader.Read(node).Value, name);
    }

    [Fact]
    public void Value_of_an_element_with_element_children_is_its_descendants_text_trimmed()
    {
        var group = XmlNode.Element("group", Media, "media");
        group.AddText("\n  ");
        var content = XmlNode.Element("content", Media, "media");
        var title = XmlNode.Element("title", Media, "media");
        title.AddText("A title");
        content.Add(title);
        content.AddText(" and ");
        var description = XmlNode.Element("description", Media, "media");
        description.AddText("a description");
        description.AddText(", in two runs");
        content.Add(description);
        group.Add(content);
        group.AddText("\n");
        Assert.Equal("A title and a description, in two runs", ExtensionReader.Read(group).Value);
        Assert.Equal(group.Text.Trim(), ExtensionReader.Read(group).Value);
    }
}
