using System.Text;
using Masthead.Core;

namespace Masthead.Extraction.Tests.BadInput;

/// <summary>Every kind of bad page gives an error entry or a best-effort result at a named limit; never a crash or a hang.</summary>
public class BadInputTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static readonly string Paragraph =
        "<p>The council met on Tuesday evening, and after a long debate, it approved the new budget for schools, roads and parks.</p>";

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "empty file", [], "empty" },
        { "binary (PNG header and noise)", Png(), "binary" },
        { "not HTML (plain text)", Encoding.UTF8.GetBytes("Just a line of text, no markup at all.\nAnd another."), "not HTML" },
        { "not HTML (JSON)", Encoding.UTF8.GetBytes("{\"title\": \"x\", \"items\": [1, 2, 3]}"), "not HTML" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Extract_RefusesWithAReason(string name, byte[] page, string reason)
    {
        Assert.NotEmpty(name);
        var article = Extractor.Extract(page, "https://example.com/a");
        Assert.NotNull(article.Error);
        Assert.Contains(reason, article.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(string.Empty, article.Text);
    }

    [Fact]
    public void Extract_DeclaredNonHtmlContentType_IsRefused()
    {
        var article = Extractor.Extract(Encoding.UTF8.GetBytes("<html><body>" + Paragraph + "</body></html>"), null, "application/pdf");
        Assert.Contains("Content-Type", article.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TruncatedHtml_GivesTheTextBeforeTheCut()
    {
        var html = "<html><head><title>Budget</title></head><body><article>" + Paragraph + Paragraph + "<p>The mayor sa";
        var article = Extractor.Extract(Encoding.UTF8.GetBytes(html));
        Assert.Null(article.Error);
        Assert.Contains("approved the new budget", article.Text, StringComparison.Ordinal);
        Assert.Contains("The mayor sa", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    public void Extract_100000NestedElements_IsFlattenedAtTheDepthLimit(string tag)
    {
        var html = new StringBuilder("<html><body><article>").Append(Paragraph);
        for (var i = 0; i < 100_000; i++)
        {
            html.Append('<').Append(tag).Append('>');
        }
        html.Append("deep text at the bottom");
        var article = Extractor.Extract(Encoding.UTF8.GetBytes(html.ToString()));
        Assert.Null(article.Error);
        Assert.Contains("approved the new budget", article.Text, StringComparison.Ordinal);
        Assert.Contains("Limits.MaxNestingDepth", article.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_50MegabytePage_IsCutAtTheByteLimit()
    {
        var head = "<html><head><title>Big page</title></head><body><article>" + Paragraph + Paragraph;
        var filler = string.Concat(Enumerable.Repeat("<div class=\"row\"><span>filler cell</span></div>\n", 50 * 1024 * 1024 / 48));
        var page = Encoding.UTF8.GetBytes(head + filler + "</article></body></html>");
        Assert.True(page.Length >= 50 * 1024 * 1024);
        var article = Extractor.Extract(page);
        Assert.Null(article.Error);
        Assert.Contains("approved the new budget", article.Text, StringComparison.Ordinal);
        Assert.Contains("Limits.MaxPageBytes", article.Note, StringComparison.Ordinal);
        Assert.True(Limits.MaxPageBytes < page.Length);
    }

    public static TheoryData<string, byte[], string?> WrongCharsets => new()
    {
        { "UTF-8 bytes declared windows-1252 in meta", Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1252\">")), null },
        { "UTF-8 bytes declared ISO-8859-1 in the header", Encoding.UTF8.GetBytes(Page(string.Empty)), "text/html; charset=ISO-8859-1" },
        { "windows-1252 bytes declared UTF-8", Masthead.Core.Text.Charsets.Windows1252.GetBytes(Page("<meta charset=\"utf-8\">")), null },
    };

    [Theory]
    [MemberData(nameof(WrongCharsets))]
    public void Extract_WrongDeclaredCharset_DecodesTheText(string name, byte[] page, string? contentType)
    {
        Assert.NotEmpty(name);
        var article = Extractor.Extract(page, null, contentType);
        Assert.Null(article.Error);
        Assert.Contains("Zürich café déjà vu", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PageWithoutArticle_ReportsIt()
    {
        var article = Extractor.Extract(Encoding.UTF8.GetBytes("<html><body><nav><a href='/'>Home</a></nav></body></html>"));
        Assert.Equal("no article body found", article.Error);
    }

    private static string Page(string meta) =>
        $"<html><head>{meta}<title>Zürich</title></head><body><article><p>Zürich café déjà vu, said the reporter, and the whole council laughed for a while.</p>{Paragraph}</article></body></html>";

    private static byte[] Png()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
