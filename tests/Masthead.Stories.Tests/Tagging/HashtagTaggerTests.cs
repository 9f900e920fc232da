namespace Masthead.Stories.Tests;

public sealed class HashtagTaggerTests
{
    private static StoryArticle A(string title, string text, string? url = null, params string[] categories) =>
        new("id", url, "Outlet", title, text, null) { Categories = categories };

    public static TheoryData<string, StoryArticle, string> Cases => new()
    {
        { "lexicon: election", A("Senate vote on budget bill", "Republican senators and Democratic lawmakers clashed before the election as the party leaders counted votes."), "#politics" },
        { "lexicon: football", A("United beat City in derby", "The striker scored twice as the team won the league match in front of 70,000 fans at the stadium."), "#sports" },
        { "lexicon: markets", A("Shares fall as profits slide", "The company reported lower quarterly earnings and revenue, and investors sold the stock on Wall Street."), "#economy" },
        { "lexicon: software", A("New software update for phones", "The internet company released a software update for mobile phones and computers to fix a security flaw."), "#technology" },
        { "lexicon: space", A("Probe reaches Mars orbit", "NASA scientists said the spacecraft entered orbit around the planet after a seven-month journey."), "#science" },
        { "lexicon: hospital", A("Flu cases rise", "Doctors at the hospital said patients with flu symptoms should get the vaccine, health officials said."), "#health" },
        { "lexicon: film", A("Star wins Oscar", "The actress won the award for best film role at the ceremony in Hollywood, beating the favourite movie."), "#culture" },
        { "lexicon: church", A("Pope visits church", "The Pope met bishops and Catholic priests at the cathedral and led prayers for the faithful."), "#religion" },
        { "url section wins over weak words", A("Weekend results", "A short item.", "https://news.example.com/sport/football/12345"), "#sports" },
        { "feed category wins", A("Weekend roundup", "A short item.", null, "Technology"), "#technology" },
        { "nothing to go on: the default", A("", ""), "#society" },
        // Ten mentions of one word are not ten times the evidence of one (sublinear counts): four different
        // politics words outvote "police" repeated ten times, which a linear count would not.
        { "one repeated word does not outvote several agreeing words", A("Weekly report", "Police said police and police officers, police police police police police police police. The election in parliament: lawmakers vote."), "#politics" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hashtag_PicksTheChannelTag(string name, StoryArticle article, string expected)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(expected, new HashtagTagger().Hashtag(article));
    }

    [Fact]
    public void Hashtag_CustomList_OnlyChoosesFromIt()
    {
        var tagger = new HashtagTagger(["#sports", "#news"]);
        Assert.Equal("#sports", tagger.Hashtag(A("Cup final", "The team won the match and the cup.")));
        Assert.Equal("#sports", tagger.Hashtag(A("Budget vote", "Lawmakers voted on the budget.")));
    }

    [Fact]
    public void Tag_FiveMegabyteText_ReturnsAResult()
    {
        var text = string.Concat(Enumerable.Repeat("The striker scored as the team won the match in London. ", 5 * 1024 * 1024 / 56));
        var result = new HashtagTagger().Tag(A("Match report", text));
        Assert.Equal("#sports", result.Hashtag);
        Assert.Contains(result.Entities, e => e.Text == "London" && e.Type == NamedEntity.Place);
    }
}
