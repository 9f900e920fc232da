namespace Masthead.Stories.Tests;

public sealed class EntityExtractorTests
{
    private const string Text =
        "WASHINGTON — Rep. Bob Etheridge apologized on Monday after a video showed him grabbing a student. " +
        "Etheridge, a Democrat from North Carolina, said he was sorry. The Republican National Committee called on him to resign, " +
        "and House Speaker Nancy Pelosi declined to comment. The F.B.I. was not involved, a spokesman for the Justice Department said. " +
        "Robert S. Mueller III, the director, was in London. Etheridge met voters in Raleigh. " +
        "Sen. John Smith of Ohio agreed, and the Bank of England did not comment.";

    public static TheoryData<string, string, string> Expected => new()
    {
        { "title dropped, full name kept", "Bob Etheridge", NamedEntity.Person },
        { "title inside a capitalised run", "Nancy Pelosi", NamedEntity.Person },
        { "initials and suffix", "Robert S. Mueller", NamedEntity.Person },
        { "organisation by head word", "Republican National Committee", NamedEntity.Organization },
        { "organisation from the list", "Justice Department", NamedEntity.Organization },
        { "dotted acronym", "F.B.I", NamedEntity.Organization },
        { "state from the gazetteer", "North Carolina", NamedEntity.Place },
        { "dateline city", "Washington", NamedEntity.Place },
        { "city from the gazetteer", "London", NamedEntity.Place },
        { "person of a place: the person", "John Smith", NamedEntity.Person },
        { "person of a place: the place", "Ohio", NamedEntity.Place },
        { "organisation of a place stays whole", "Bank of England", NamedEntity.Organization },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Extract_NewsText_FindsNamedEntities(string name, string entity, string type)
    {
        Assert.False(string.IsNullOrEmpty(name));
        var entities = new EntityExtractor().Extract("Congressman apologizes", Text);
        Assert.Contains(entities, e => e.Text == entity && e.Type == type);
    }

    [Fact]
    public void Extract_LoneSurname_CountsTowardTheFullName()
    {
        var entities = new EntityExtractor().Extract("", Text);
        Assert.Equal("Bob Etheridge", entities[0].Text);
        Assert.DoesNotContain(entities, e => e.Text == "Etheridge");
    }

    [Fact]
    public void Extract_Places_CarryCoordinates()
    {
        var london = new EntityExtractor().Extract("", Text).Single(e => e.Text == "London");
        Assert.Equal(51.51, london.Lat!.Value, 2);
        Assert.Equal(-0.13, london.Lon!.Value, 2);
    }

    [Theory]
    [InlineData("empty", "")]
    [InlineData("lower case only", "nothing here is capitalised at all.")]
    [InlineData("unexpected script", "汽车制造商周二发布了新的电动汽车。")]
    public void Extract_NoNames_ReturnsEmpty(string name, string text)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Empty(new EntityExtractor().Extract("", text));
    }
}
