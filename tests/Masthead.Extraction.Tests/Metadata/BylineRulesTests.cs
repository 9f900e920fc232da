using System.Text;

namespace Masthead.Extraction.Tests.Metadata;

/// <summary>The byline rules one by one: where a byline is looked for, and what is kept of it.</summary>
public class BylineRulesTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Body = "<article><p>The council met on Tuesday evening, and after a long debate, it approved the new budget for schools.</p></article>";

    private static ExtractedArticle Extract(string head, string body) =>
        Extractor.Extract(Encoding.UTF8.GetBytes($"<html lang=\"en\"><head><title>Budget approved</title>{head}</head><body>{body}</body></html>"), "https://news.example.com/a/1");

    public static TheoryData<string, string, string> MetaAuthors => new()
    {
        { "web address in parentheses dropped", "<meta name=\"author\" content=\"Bradley M. Kuhn (http://ebb.org/bkuhn/)\">", "Bradley M. Kuhn" },
        { "mail address in angle brackets dropped", "<meta name=\"author\" content=\"Jane Doe &lt;jane@example.org&gt;\">", "Jane Doe" },
        { "Dublin Core property over Dublin Core name", "<meta name=\"DC.creator\" content=\"Name Form\"><meta property=\"dc:creator\" content=\"Property Form\">", "Property Form" },
        {
            "JSON-LD forum posting author",
            "<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Budget approved\",\"author\":{\"@type\":\"Person\",\"name\":\"sunsandwaves\"}}</script>",
            "sunsandwaves"
        },
    };

    [Theory]
    [MemberData(nameof(MetaAuthors))]
    public void StructuredAuthor_IsCleanedToTheName(string name, string head, string expected)
    {
        Assert.NotEmpty(name);
        Assert.Equal(expected, Extract(head, Body).Byline);
    }

    public static TheoryData<string, string, string[]> RepeatedMetaAuthors => new()
    {
        { "each repeated article:author tag is an author", "<meta property=\"article:author\" content=\"Jane Doe\"><meta property=\"article:author\" content=\"John Roe\">", ["Jane Doe", "John Roe"] },
        { "a name after a profile address in the same key", "<meta property=\"article:author\" content=\"https://news.example.com/staff/jd\"><meta property=\"article:author\" content=\"Jane Doe\">", ["Jane Doe"] },
        { "the same name twice is one author", "<meta name=\"author\" content=\"Jane Doe\"><meta name=\"author\" content=\"JANE DOE\">", ["Jane Doe"] },
        { "Dublin Core creators written surname first", "<meta name=\"DC.Creator\" content=\"Roe, J.\"><meta name=\"DC.Creator\" content=\"Berg, Anna van den\">", ["J. Roe", "Anna van den Berg"] },
        { "two full names in one Dublin Core creator are not inverted", "<meta name=\"DC.Creator\" content=\"Jane Doe, John Roe\">", ["Jane Doe", "John Roe"] },
        { "degrees after a Dublin Core creator are not a given name", "<meta name=\"DC.Creator\" content=\"Doe, PhD\">", ["Doe"] },
        { "a middle initial ends the given name", "<meta name=\"DC.Creator\" content=\"Doe, Jane M.\">", ["Jane M. Doe"] },
        { "several creators in one record list", "<meta name=\"DC.Creator\" content=\"Doe, Jane; Roe, John\">", ["Jane Doe", "John Roe"] },
        { "an all-capitals agency and its dateline are not a surname and a name", "<meta name=\"DC.Creator\" content=\"AP, Washington\">", ["AP", "Washington"] },
        { "a listed agency and its dateline are not a surname and a name", "<meta name=\"DC.Creator\" content=\"Reuters, London\">", ["Reuters", "London"] },
        { "a role after the comma is not a given name", "<meta name=\"DC.Creator\" content=\"Washington, Post Staff\">", ["Washington", "Post Staff"] },
        { "a value longer than a record is not read as one", "<meta name=\"DC.Creator\" content=\"Doe," + new string(' ', 300) + "Jane\">", ["Doe", "Jane"] },
        { "a more trusted key holding only a profile address gives way", "<meta property=\"article:author\" content=\"https://news.example.com/staff/jd\"><meta name=\"author\" content=\"Jane Doe\">", ["Jane Doe"] },
        { "a less trusted key does not add to a more trusted one", "<meta property=\"article:author\" content=\"Jane Doe\"><meta name=\"author\" content=\"Web Desk\">", ["Jane Doe"] },
    };

    /// <summary>The body's metas belong to the items around them (a related story's card), not to the page.</summary>
    [Fact]
    public void MetaAuthorRepeatedInTheBody_IsNotThePagesAuthor()
    {
        var body = "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><meta itemprop=\"author\" content=\"Other Writer\"></div>" + Body;
        Assert.Equal(["Jane Doe"], Extract("<meta name=\"author\" content=\"Jane Doe\">", body).Authors);
    }

    [Theory]
    [MemberData(nameof(RepeatedMetaAuthors))]
    public void RepeatedMetaAuthors_AreEachAnAuthor(string name, string head, string[] expected)
    {
        Assert.NotEmpty(name);
        Assert.Equal(expected, Extract(head, Body).Authors);
    }

    public static TheoryData<string, string, string?> DomBylines => new()
    {
        { "byline in small-print h6", "<h6 class=\"byline\"><em>By</em> <a href=\"/authors/js\"><span class=\"byline__author\">Joshua Sokol</span></a></h6>", "Joshua Sokol" },
        { "byline class inside an h1 title is not a byline", "<h1 class=\"title\"><span class=\"author-name\">Council Approves Budget</span></h1>", null },
        { "empty microdata holder inside the byline", "<div class=\"author-name\"><a href=\"/author/team\">Σύνταξη ΙΝ</a><div itemprop=\"author\" itemscope><span itemprop=\"name\" content=\"in.gr\"></span></div></div>", "Σύνταξη ΙΝ" },
        { "author box holding paragraphs of text is not a byline", "<div class=\"author-box\"><p>Sam Reporter</p><p>Sam covers the council.</p></div>", null },
        { "related story in an aside is skipped", "<aside><span class=\"byline\">By Other Writer</span></aside><span class=\"byline\">By Sam Reporter</span>", "Sam Reporter" },
        { "comment form author field is skipped", "<form><p class=\"comment-form-author\"><label for=\"author\">Name (required)</label></p></form><span class=\"byline\">By Sam Reporter</span>", "Sam Reporter" },
        { "follow button beside the name is not part of it", "<div class=\"author\"><a href=\"/a/sr\">Sam Reporter</a><button>Follow</button></div>", "Sam Reporter" },
        { "follow-author button alone is not a byline", "<div class=\"follow-author\"><button>Follow Author</button></div><span class=\"byline\">By Sam Reporter</span>", "Sam Reporter" },
        { "follow-author link is furniture", "<a class=\"follow-author\" href=\"/follow/7\">Follow Author</a><span class=\"byline\">By Sam Reporter</span>", "Sam Reporter" },
        { "furniture in the byline class is skipped", "<span class=\"author-share\">Share</span><span class=\"byline\">By Sam Reporter</span>", "Sam Reporter" },
    };

    [Theory]
    [InlineData("job title after a comma", "By Jane Doe, Staff Writer", new[] { "Jane Doe" })]
    [InlineData("two names and an agency", "By Jane Doe and John Roe | Reuters", new[] { "Jane Doe", "John Roe", "Reuters" })]
    [InlineData("agency job title after a comma", "GREG BEACHAM, AP Sports Writer", new[] { "GREG BEACHAM" })]
    [InlineData("analysis prefix and title", "Analysis by Chris Cillizza, CNN Editor-at-large", new[] { "Chris Cillizza" })]
    [InlineData("guest marker after the name", "Текст: Лида Буслаева, Гость", new[] { "Лида Буслаева" })]
    [InlineData("desk byline kept", "The Editors", new[] { "The Editors" })]
    [InlineData("middle initial is not the Spanish y", "Bruce Y. Lee", new[] { "Bruce Y. Lee" })]
    [InlineData("middle initial is not the Portuguese e", "Sarah E. Needleman", new[] { "Sarah E. Needleman" })]
    [InlineData("Spanish y between names splits", "Juan Pérez y María López", new[] { "Juan Pérez", "María López" })]
    [InlineData("ampersand between names splits", "Jane Doe & John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("ampersand beside a lone letter is part of the name", "Mac & i", new[] { "Mac & i" })]
    [InlineData("degrees after the name dropped", "Ilana Muhlstein, MS, RDN", new[] { "Ilana Muhlstein" })]
    [InlineData("degree with full stops dropped", "Jane Doe, Ph.D.", new[] { "Jane Doe" })]
    [InlineData("co-authors in a French with-parenthesis", "Martin Untersinger (avec Damien Leloup et Morgane Tual)", new[] { "Martin Untersinger", "Damien Leloup", "Morgane Tual" })]
    [InlineData("co-author in an English with-parenthesis", "Jane Doe (with John Roe)", new[] { "Jane Doe", "John Roe" })]
    [InlineData("other parenthesis kept in the name", "Richard (R.J.) Eskow", new[] { "Richard (R.J.) Eskow" })]
    [InlineData("inverted name with initials", "Kooman, F.", new[] { "F. Kooman" })]
    [InlineData("two inverted names", "Smith, J. R.; Doe, K.", new[] { "J. R. Smith", "K. Doe" })]
    [InlineData("role words only", "Senior Correspondent", new string[0])]
    [InlineData("furniture only", "Share this article", new string[0])]
    public void MetaAuthor_KeepsOnlyNames(string name, string author, string[] expected)
    {
        Assert.NotEmpty(name);
        Assert.Equal(expected, Extract($"<meta name=\"author\" content=\"{author}\">", Body).Authors);
    }

    [Theory]
    [MemberData(nameof(DomBylines))]
    public void VisibleByline_IsFoundOnlyInASmallRunOfText(string name, string byline, string? expected)
    {
        Assert.NotEmpty(name);
        Assert.Equal(expected, Extract(string.Empty, byline + Body).Byline);
    }
}
