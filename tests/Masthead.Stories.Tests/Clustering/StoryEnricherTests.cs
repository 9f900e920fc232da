namespace Masthead.Stories.Tests;

public sealed class StoryEnricherTests
{
    private const string Wire =
        "Heavy rain flooded the river town of Dunmore on Monday, forcing 2,000 residents from their homes. " +
        "Emergency crews used boats to rescue families stranded on rooftops across the low-lying east side. " +
        "Mayor Alice Tran said the river crested at a record nine metres before the water began to fall on Tuesday.";

    [Fact]
    public async Task EnrichAsync_SyndicatedCopy_IsMarkedAndJoinsTheOriginalsStory()
    {
        var enricher = new StoryEnricher();
        var when = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var original = await enricher.EnrichAsync(new StoryArticle("a", "https://www.herald.example/news/flood?utm_source=rss", "Herald", "Dunmore floods", Wire, when));
        var copy = await enricher.EnrichAsync(new StoryArticle("b", "https://courier.example/amp/news/flood", "Courier", "Floods in Dunmore", Wire.Replace("Monday", "Monday night", StringComparison.Ordinal), when.AddHours(1)));
        Assert.Null(original.DuplicateOf);
        Assert.Equal("a", copy.DuplicateOf);
        Assert.Equal(original.StoryId, copy.StoryId);
        Assert.Equal("https://herald.example/news/flood", original.CanonicalUrl);
        Assert.Equal("https://courier.example/news/flood", copy.CanonicalUrl);
        Assert.Contains(original.Entities, e => e.Text == "Alice Tran" && e.Type == NamedEntity.Person);
        Assert.InRange(original.Summary.Short.Length, 1, ShortPhrase.MaxChars);
    }
}
