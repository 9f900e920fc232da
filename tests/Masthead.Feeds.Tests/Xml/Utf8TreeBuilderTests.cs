using System.Text;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Tests.Xml;

/// <summary>
/// The byte reader either builds exactly the tree System.Xml's strict builder builds, or refuses and leaves the
/// document to it. Cases it must build (so the fast path is really taken) and cases it must refuse (each a
/// well-formedness rule, or something outside the subset it judges) are both listed.
/// </summary>
public sealed class Utf8TreeBuilderTests
{
    private const string Base = "http://example.org/feed/";

    public static TheoryData<string, string> Accepted => new()
    {
        { "declaration and indentation", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<rss version=\"2.0\">\n  <channel>\n    <title>T</title>\n  </channel>\n</rss>\n" },
        { "white space kept outside containers", "<rss><channel><title>  </title><description> a </description></channel></rss>" },
        { "predefined entities and character references", "<feed><title>&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; &#233;&#xE9;&#x1F600; a&#13;b [x]] ]</title><link href=\"&#13;&amp;\"/></feed>" },
        { "line ends normalised in text and CDATA", "<feed><title>a\r\nb\rc</title><summary><![CDATA[x\r\ny]]></summary></feed>" },
        { "attribute white space becomes spaces", "<feed><link href=\"a\tb\r\nc\nd\" title='&#10;kept&#9;refs' /></feed>" },
        { "CDATA between text is one run", "<rss><channel><item><description>\n  <![CDATA[<p>Hi</p>]]>\n  tail &amp; more</description></item></channel></rss>" },
        { "comments and instructions split nothing", "<?xml-stylesheet href=\"s.xsl\" type=\"text/xsl\"?><!-- top --><rss><channel><!-- c --><title>a<!-- x -->b<?pi data?>c</title></channel></rss><!-- end -->" },
        { "default and prefixed namespaces", "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\"><entry><media:content url=\"x.jpg\" media:medium=\"image\"/><title type=\"html\">t</title></entry></feed>" },
        { "namespace redeclared and undeclared", "<a xmlns=\"urn:one\"><b xmlns=\"urn:two\"><c/></b><d xmlns=\"\"><e/></d><f/></a>" },
        { "xml:base and xml:lang in scope", "<feed xml:base=\"http://example.com/a/\" xml:lang=\"en_US\"><entry xml:base=\"b/\"><link href=\"c\"/></entry><entry xml:lang=\"fr\"/></feed>" },
        { "C1 controls repaired in text and attributes", "<rss><channel><title>don\u0092t</title><link href=\"\u0093x\u0094\"/></channel></rss>" },
        { "mixed content keeps order", "<feed><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">a <b>bold</b> and <i>it</i>.</div></content></feed>" },
        { "empty CDATA and empty elements", "<rss><channel><title><![CDATA[]]></title><x></x><y/></channel></rss>" },
        { "DOCTYPE with a public identifier", "<?xml version=\"1.0\"?>\n<!-- c --><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>t</title></channel></rss>" },
        { "DOCTYPE with a system identifier only", "<!DOCTYPE rss SYSTEM 'http://example.com/a>b.dtd' ><rss/>" },
        { "multi-byte text", "<rss><channel><title>日本語 — ü ✓</title></channel></rss>" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Builds_the_strict_builders_tree(string name, string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var fast = Utf8TreeBuilder.TryBuild(bytes, Base);
        var strict = StrictTreeBuilder.TryBuild(bytes, Base);
        Assert.True(fast is not null, name);
        Assert.NotNull(strict);
        Assert.Equal(TreeShape.Of(strict.Root!), TreeShape.Of(fast.Root!));
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "DOCTYPE with an internal subset", "<!DOCTYPE rss [<!ENTITY e \"x\">]><rss>&e;</rss>" },
        { "DOCTYPE after the root", "<rss/><!DOCTYPE rss>" },
        { "two DOCTYPEs", "<!DOCTYPE rss><!DOCTYPE rss><rss/>" },
        { "public identifier with a forbidden character", "<!DOCTYPE rss PUBLIC \"a{b\" \"x.dtd\"><rss/>" },
        { "DOCTYPE without white space before the literal", "<!DOCTYPE rss SYSTEM\"x.dtd\"><rss/>" },
        { "undeclared entity", "<rss><title>&nbsp;</title></rss>" },
        { "bare ampersand", "<rss><title>a & b</title></rss>" },
        { "upper-case X in a reference", "<rss><title>&#X41;</title></rss>" },
        { "reference to a forbidden character", "<rss><title>&#1;</title></rss>" },
        { "CDATA end in text", "<rss><title>a ]]> b</title></rss>" },
        { "mismatched end tag", "<rss><title>a</titel></rss>" },
        { "unclosed element", "<rss><channel><title>a</title></rss>" },
        { "two root elements", "<rss/><rss/>" },
        { "text outside the root", "<rss/>tail" },
        { "duplicate attribute", "<rss a=\"1\" a=\"2\"/>" },
        { "same expanded name twice", "<rss xmlns:p=\"urn:x\" xmlns:q=\"urn:x\" p:a=\"1\" q:a=\"2\"/>" },
        { "undeclared prefix", "<p:rss/>" },
        { "undeclared attribute prefix", "<rss p:a=\"1\"/>" },
        { "a prefix bound to the xml namespace", "<a xmlns:p=\"http://www.w3.org/XML/1998/namespace\"/>" },
        { "the default namespace bound to the xml namespace", "<a xmlns=\"http://www.w3.org/XML/1998/namespace\"/>" },
        { "the default namespace bound to the xmlns namespace", "<a xmlns=\"http://www.w3.org/2000/xmlns/\"/>" },
        { "a prefix bound to the xmlns namespace", "<a xmlns:p=\"http://www.w3.org/2000/xmlns/\"/>" },
        { "prefix bound to nothing", "<rss xmlns:p=\"\"/>" },
        { "unquoted attribute", "<rss a=1/>" },
        { "attributes without white space between", "<rss a=\"1\"b=\"2\"/>" },
        { "less-than in an attribute", "<rss a=\"<\"/>" },
        { "control character", "<rss><title>a\u0001b</title></rss>" },
        { "U+FFFF", "<rss><title>a\uFFFFb</title></rss>" },
        { "double hyphen in a comment", "<rss><!-- a -- b --></rss>" },
        { "xml:space", "<rss xml:space=\"preserve\"> <channel/> </rss>" },
        { "declared legacy encoding", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>" },
        { "XML 1.1", "<?xml version=\"1.1\"?><rss/>" },
        { "declaration not at the start", " <?xml version=\"1.0\"?><rss/>" },
        { "non-ASCII name", "<rss><tïtle>a</tïtle></rss>" },
        { "two colons in a name", "<a:b:c xmlns:a=\"urn:a\"/>" },
        { "references that are only white space", "<rss><title>&#32;&#10;</title></rss>" },
        { "instruction target not ended by white space", "<?xm?xml version=\"1.0\"?><rss/>" },
        { "no element at all", "<?xml version=\"1.0\"?>\n" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_what_it_does_not_judge(string name, string xml)
    {
        Assert.True(Utf8TreeBuilder.TryBuild(Encoding.UTF8.GetBytes(xml), Base) is null, name);
    }

    /// <summary>
    /// The document's bytes are not checked before the byte reader reads them, so it must refuse a byte sequence that
    /// is not UTF-8 wherever it is: "{0}" in each template is replaced by each bad sequence, and the same template with
    /// a good one is built (so the refusal is the sequence's doing, not the template's).
    /// </summary>
    [Theory]
    [InlineData("plain text", "<rss><title>a{0}b</title></rss>")]
    [InlineData("short text", "<rss><t>{0}</t></rss>")]
    [InlineData("text with a reference", "<rss><title>a&amp;{0}b</title></rss>")]
    [InlineData("text over two runs", "<rss><title>a<![CDATA[x]]>{0}</title></rss>")]
    [InlineData("CDATA", "<rss><d><![CDATA[<p>{0}</p>]]></d></rss>")]
    [InlineData("CDATA with a line end", "<rss><d><![CDATA[a\r\n{0}]]></d></rss>")]
    [InlineData("attribute value", "<rss><link href=\"http://e.com/{0}\"/></rss>")]
    [InlineData("attribute value with a reference", "<rss><link title=\"&amp;{0}\"/></rss>")]
    [InlineData("namespace URI", "<rss xmlns:p=\"urn:{0}\"><p:x/></rss>")]
    [InlineData("comment", "<rss><!-- {0} --></rss>")]
    [InlineData("processing instruction", "<rss><?pi {0}?></rss>")]
    [InlineData("DOCTYPE system literal", "<!DOCTYPE rss SYSTEM \"{0}.dtd\"><rss/>")]
    public void Refuses_bytes_that_are_not_UTF8_anywhere(string name, string template)
    {
        byte[][] bad = [[0xFF], [0x80], [0xC3], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]];
        Assert.NotNull(Utf8TreeBuilder.TryBuild(Fill(template, "\u00e9"u8), Base));
        foreach (var sequence in bad)
        {
            Assert.True(Utf8TreeBuilder.TryBuild(Fill(template, sequence), Base) is null, $"{name}: {Convert.ToHexString(sequence)}");
        }
    }

    private static byte[] Fill(string template, ReadOnlySpan<byte> sequence)
    {
        var at = template.IndexOf("{0}", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(template[..at]), .. sequence, .. Encoding.UTF8.GetBytes(template[(at + 3)..])];
    }

    [Fact]
    public void Leaves_hostile_attribute_and_namespace_counts_to_System_Xml()
    {
        var attributes = string.Concat(Enumerable.Range(0, 65).Select(i => $" a{i}=\"{i}\""));
        Assert.Null(Utf8TreeBuilder.TryBuild(Encoding.UTF8.GetBytes($"<rss{attributes}/>"), Base));
        Assert.NotNull(Utf8TreeBuilder.TryBuild(Encoding.UTF8.GetBytes($"<rss{attributes[..attributes.LastIndexOf(' ')]}/>"), Base));
        var bindings = string.Concat(Enumerable.Range(0, 65).Select(i => $" xmlns:p{i}=\"urn:{i}\""));
        Assert.Null(Utf8TreeBuilder.TryBuild(Encoding.UTF8.GetBytes($"<rss{bindings}/>"), Base));
    }

    [Fact]
    public void Reused_builder_starts_clean_after_a_refusal()
    {
        Assert.Null(Utf8TreeBuilder.TryBuild("<a xmlns:p=\"urn:p\"><b>text"u8.ToArray(), Base));
        var tree = Utf8TreeBuilder.TryBuild("<c>ok</c>"u8.ToArray(), Base);
        Assert.NotNull(tree);
        Assert.Equal("c", tree.Root!.LocalName);
        Assert.Equal("", tree.Root.Namespace);
        Assert.Equal("ok", tree.Root.Text);
    }
}
