using Masthead.Feeds.Content;
using Masthead.Feeds.Namespaces;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Tests.Namespaces;

/// <summary>Conventional prefixes by namespace URI, also when the same URI instances come back again and again (the lookup remembers them).</summary>
public sealed class KnownNamespacesTests
{
    [Theory]
    [InlineData("known namespace, document's own prefix", "http://purl.org/dc/elements/1.1/", "dublin", "dc")]
    [InlineData("known namespace, upper-case URI", "HTTP://PURL.ORG/DC/ELEMENTS/1.1/", "x", "dc")]
    [InlineData("RSS core namespace", "http://purl.org/rss/1.0/", "rss", "")]
    [InlineData("unknown namespace keeps the document's prefix", "http://example.com/ns/", "ex", "ex")]
    [InlineData("no namespace keeps the prefix as written", "", "pfx", "pfx")]
    public void Prefix_is_conventional(string name, string ns, string documentPrefix, string expected)
    {
        // Asked three times over two nodes: the remembered answer must still be this node's.
        var first = XmlNode.Element("x", ns, documentPrefix);
        var second = XmlNode.Element("y", ns, documentPrefix + "2");
        Assert.True(expected == KnownNamespaces.PrefixOf(first), name);
        Assert.True(expected == KnownNamespaces.PrefixOf(first), name + " (again)");
        var expectedSecond = expected == documentPrefix ? documentPrefix + "2" : expected;
        Assert.True(expectedSecond == KnownNamespaces.PrefixOf(second), name + " (second node)");
    }

    [Fact]
    public void Unknown_namespace_shared_by_nodes_with_different_prefixes_keeps_each_prefix()
    {
        const string Ns = "http://example.com/shared/";
        Assert.Equal("a", KnownNamespaces.PrefixOf(XmlNode.Element("x", Ns, "a")));
        Assert.Equal("b", KnownNamespaces.PrefixOf(XmlNode.Element("x", Ns, "b")));
    }

    [Theory]
    [InlineData("no specials", "plain text", "plain text")]
    [InlineData("each special", "a & b < c > d", "a &amp; b &lt; c &gt; d")]
    [InlineData("specials only", "&<>&", "&amp;&lt;&gt;&amp;")]
    [InlineData("reference written as text", "&amp;", "&amp;amp;")]
    public void Plain_text_is_escaped_exactly(string name, string text, string expected)
    {
        Assert.True(expected == MarkupWriter.Escape(text), name);
    }
}
