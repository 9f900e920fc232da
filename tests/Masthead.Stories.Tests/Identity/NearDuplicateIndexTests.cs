namespace Masthead.Stories.Tests;

public sealed class NearDuplicateIndexTests
{
    private const string Wire =
        "The central bank raised its main interest rate by a quarter point on Wednesday, the third increase this year, " +
        "saying inflation remained stubbornly above its target even as growth slowed. Officials signalled that further " +
        "moves would depend on the data, and markets rallied after the statement as investors bet the cycle was near its end. " +
        "Analysts said the decision had been widely expected but the tone of the statement was softer than in previous months.";

    public static TheoryData<string, string, bool> Cases => new()
    {
        { "exact copy", Wire, true },
        { "copy with different spacing and case", Wire.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal), true },
        { "lightly edited copy", Wire.Replace("Wednesday", "Thursday", StringComparison.Ordinal).Replace("widely", "broadly", StringComparison.Ordinal), true },
        { "different story", "The home team won the cup final after extra time, their first title in a decade, in front of a record crowd at the stadium on Saturday night.", false },
        { "empty text", "", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FindOrAdd_FindsOnlyNearDuplicates(string name, string text, bool duplicate)
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.FindOrAdd("original", Wire));
        var found = index.FindOrAdd(name, text);
        Assert.Equal(duplicate ? "original" : null, found);
    }

    [Fact]
    public void FindOrAdd_EmptyTexts_AreNeverDuplicatesOfEachOther()
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.FindOrAdd("a", ""));
        Assert.Null(index.FindOrAdd("b", "   "));
        Assert.Null(index.FindOrAdd("c", "!!!"));
    }

    [Fact]
    public void FindOrAdd_FiveMegabyteText_IsReadUpToTheLimitAndStillMatches()
    {
        var huge = string.Concat(Enumerable.Repeat(Wire + " ", 5 * 1024 * 1024 / Wire.Length));
        var index = new NearDuplicateIndex();
        Assert.Null(index.FindOrAdd("huge", huge));
        Assert.Equal("huge", index.FindOrAdd("again", huge));
    }
}
