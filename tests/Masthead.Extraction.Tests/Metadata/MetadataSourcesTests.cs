using System.Text;

namespace Masthead.Extraction.Tests.Metadata;

/// <summary>Each metadata source on its own, and their order of trust.</summary>
public class MetadataSourcesTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Body = "<article><p>The council met on Tuesday evening, and after a long debate, it approved the new budget for schools.</p></article>";

    private static ExtractedArticle Extract(string head, string body = Body) =>
        Extractor.Extract(Encoding.UTF8.GetBytes($"<html lang=\"en-GB\"><head>{head}</head><body>{body}</body></html>"), "https://news.example.com/a/1");

    [Fact]
    public void JsonLd_NewsArticleInGraph_GivesEveryField()
    {
        const string head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example News"},
              {"@type":["NewsArticle"],"headline":"Council approves budget","author":[{"@type":"Person","name":"Jane Doe"},{"name":"John Roe"}],
               "datePublished":"2019-11-18T10:00:00-05:00","dateModified":"2019-11-18T12:30:00Z",
               "image":{"@type":"ImageObject","url":"/img/lead.jpg","caption":"The council chamber"},
               "publisher":{"@type":"Organization","name":"Example News"},"description":"A budget.","inLanguage":"en"}]}</script>
            """;
        var article = Extract(head);
        Assert.Equal("Council approves budget", article.Title);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal("Jane Doe, John Roe", article.Byline);
        Assert.Equal(new DateTimeOffset(2019, 11, 18, 10, 0, 0, TimeSpan.FromHours(-5)), article.Published);
        Assert.Equal(new DateTimeOffset(2019, 11, 18, 12, 30, 0, TimeSpan.Zero), article.Modified);
        Assert.Equal("https://news.example.com/img/lead.jpg", article.Image);
        Assert.Equal("The council chamber", article.ImageCaption);
        Assert.Equal("Example News", article.SiteName);
        Assert.Equal("A budget.", article.Description);
    }

    public static TheoryData<string, string, string, string> MetaSources => new()
    {
        { "OpenGraph and article:*", "<meta property=\"og:title\" content=\"OG title\"><meta property=\"article:published_time\" content=\"2020-01-02T03:04:05+01:00\">", "OG title", "2020-01-02T02:04:05Z" },
        { "Twitter card", "<meta name=\"twitter:title\" content=\"Card title\"><meta name=\"date\" content=\"2020-01-02\">", "Card title", "2020-01-02T00:00:00Z" },
        { "Dublin Core", "<meta name=\"DC.title\" content=\"DC title\"><meta name=\"DC.date.issued\" content=\"2020-01-02T03:04:05Z\">", "DC title", "2020-01-02T03:04:05Z" },
        { "OpenGraph over Twitter", "<meta name=\"twitter:title\" content=\"Card\"><meta property=\"og:title\" content=\"OG\"><meta property=\"og:updated_time\" content=\"2020-01-02T03:04:05+0000\">", "OG", "2020-01-02T03:04:05Z" },
    };

    [Theory]
    [MemberData(nameof(MetaSources))]
    public void MetaTags_GiveTitleAndDate(string name, string head, string title, string published)
    {
        Assert.NotEmpty(name);
        var article = Extract(head);
        Assert.Equal(title, article.Title);
        Assert.Equal(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), article.Published);
    }

    [Fact]
    public void JsonLd_OutranksOpenGraph()
    {
        var article = Extract("<meta property=\"og:title\" content=\"OG\"><script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"LD\"}</script>");
        Assert.Equal("LD", article.Title);
    }

    [Fact]
    public void Microdata_TimeAndByline_AreRead()
    {
        const string body = """
            <article itemscope itemtype="https://schema.org/NewsArticle">
              <h1 itemprop="headline">Microdata headline</h1>
              <span itemprop="author" itemscope><span itemprop="name">Ann Writer</span></span>
              <time itemprop="datePublished" datetime="2021-05-06T07:08:09+02:00">May 6</time>
              <p>The council met on Tuesday evening, and after a long debate, it approved the new budget for schools.</p>
            </article>
            """;
        var article = Extract("<title>Page</title>", body);
        Assert.Equal("Microdata headline", article.Title);
        Assert.Equal("Ann Writer", article.Byline);
        Assert.Equal(new DateTimeOffset(2021, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)), article.Published);
    }

    [Fact]
    public void DomSignals_TimeElementAndBylineClass_AreTheLastResort()
    {
        var body = "<div class=\"byline\">By Sam Reporter</div><time datetime=\"2022-03-04\">March 4</time>" + Body;
        var article = Extract("<title>A story - Example</title>", body);
        Assert.Equal("Sam Reporter", article.Byline);
        Assert.Equal(new DateTimeOffset(2022, 3, 4, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Language_AndCanonical_ComeFromTheDocument()
    {
        var article = Extract("<link rel=\"canonical\" href=\"/a/1?amp=0\">");
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("https://news.example.com/a/1?amp=0", article.Canonical);
    }

    [Theory]
    [InlineData("site suffix cut", "Council approves budget | Example News", "Council approves budget")]
    [InlineData("too short to cut", "Budget | Example News", "Budget | Example News")]
    [InlineData("no separator", "Council approves the budget", "Council approves the budget")]
    public void TitleFallback_CutsTheSiteName(string name, string title, string expected)
    {
        Assert.NotEmpty(name);
        Assert.Equal(expected, Extract($"<title>{title}</title>").Title);
    }
}
