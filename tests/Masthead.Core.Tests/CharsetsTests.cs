using System.Text;
using Masthead.Core.Text;

namespace Masthead.Core.Tests;

public class CharsetsTests
{
    private static readonly Encoding Latin = Charsets.Windows1252;

    [Fact]
    public void DecodeHtml_UsesHeaderCharset()
    {
        var bytes = Latin.GetBytes("<p>café</p>");
        var text = Charsets.DecodeHtml(bytes, "text/html; charset=ISO-8859-1", out var used);
        Assert.Equal("<p>café</p>", text);
        Assert.Equal(1252, used.CodePage);
    }

    [Fact]
    public void DecodeHtml_BomWinsOverHeader()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<p>café</p>")).ToArray();
        var text = Charsets.DecodeHtml(bytes, "text/html; charset=windows-1252", out _);
        Assert.Equal("<p>café</p>", text);
    }

    [Fact]
    public void DecodeHtml_ReadsMetaCharset()
    {
        var bytes = Latin.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>naïve</body></html>");
        var text = Charsets.DecodeHtml(bytes, null, out _);
        Assert.Contains("naïve", text);
    }

    [Fact]
    public void DecodeHtml_WrongDeclaredUtf8_FallsBackToSniffing()
    {
        var bytes = Latin.GetBytes("<p>déjà vu</p>");
        var text = Charsets.DecodeHtml(bytes, "text/html; charset=utf-8", out var used);
        Assert.Equal("<p>déjà vu</p>", text);
        Assert.Equal(1252, used.CodePage);
    }

    [Fact]
    public void DecodeHtml_UndeclaredUtf8_IsSniffed()
    {
        var text = Charsets.DecodeHtml(Encoding.UTF8.GetBytes("<p>Zürich – ok</p>"), null, out var used);
        Assert.Equal("<p>Zürich – ok</p>", text);
        Assert.Equal(Encoding.UTF8.CodePage, used.CodePage);
    }

    [Theory]
    [InlineData("meta says gb2312", null, "<meta charset=\"gb2312\"><p>深度学习</p>")]
    [InlineData("header says windows-1252", "text/html; charset=windows-1252", "<p>Zürich – ok</p>")]
    public void DecodeHtml_WrongDeclaredLegacyCharset_OverUtf8_IsUtf8(string name, string? contentType, string html)
    {
        Assert.NotEmpty(name);
        var text = Charsets.DecodeHtml(Encoding.UTF8.GetBytes(html), contentType, out var used);
        Assert.Equal(html, text);
        Assert.Equal(Encoding.UTF8.CodePage, used.CodePage);
    }
}
