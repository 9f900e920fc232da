namespace Masthead.Stories.Tests;

public sealed class ExtractiveSummarizerTests
{
    private const string Body =
        "WASHINGTON — The Senate passed a bill on Tuesday to extend unemployment benefits for another six months, sending the measure to the House. " +
        "The vote was 60 to 38, with six Republicans joining Democrats to overcome a filibuster. " +
        "Mr. Smith, the majority leader, said the bill would help 2.3 million people who lost benefits last month. " +
        "Opponents said the $25 billion cost should have been offset by cuts elsewhere in the budget. " +
        "The House is expected to take up the bill next week, and the president has said he will sign it.\n\n" +
        "Economists said the extension would add modestly to growth in the first quarter.";

    public static TheoryData<string, string, string> Articles => new()
    {
        { "news article", "Senate extends jobless benefits", Body },
        { "one long sentence", "Long", string.Join(", and ", Enumerable.Repeat("the committee heard evidence from witnesses about the proposed changes to the rules", 8)) + "." },
        { "no punctuation at all", "Run-on", string.Join(' ', Enumerable.Repeat("words without any stop", 60)) },
        { "five megabytes", "Huge", string.Concat(Enumerable.Repeat(Body + " ", 5 * 1024 * 1024 / Body.Length)) },
        { "unexpected language", "Наводнение", "Сильный дождь затопил город в понедельник. Тысячи жителей покинули свои дома. Мэр сказал, что вода поднялась до рекордного уровня." },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void Summarize_AnyText_ShortIsAWholePhraseWithinLimit(string name, string title, string text)
    {
        var summary = new ExtractiveSummarizer().Summarize(title, text);
        Assert.False(string.IsNullOrEmpty(name));
        Assert.InRange(summary.Short.Length, 1, ShortPhrase.MaxChars);
        // A whole phrase: it is a prefix of the text that ends where a word ends.
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var at = flat.IndexOf(summary.Short, StringComparison.Ordinal);
        Assert.True(at >= 0, summary.Short);
        var after = at + summary.Short.Length;
        Assert.True(after == flat.Length || !char.IsLetterOrDigit(flat[after]), $"cut mid-word: {summary.Short}");
        Assert.False(string.IsNullOrWhiteSpace(summary.Long));
    }

    [Fact]
    public void Summarize_NewsArticle_LongHasTwoParagraphsInArticleOrder()
    {
        var summary = new ExtractiveSummarizer().Summarize("Senate extends jobless benefits", Body);
        var paragraphs = summary.Long.Split("\n\n");
        Assert.Equal(2, paragraphs.Length);
        Assert.StartsWith("WASHINGTON — The Senate passed a bill", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("Mr. Smith", summary.Long, StringComparison.Ordinal);
        Assert.Equal("WASHINGTON — The Senate passed a bill on Tuesday to extend unemployment benefits for another six months, sending the measure to the House.", summary.Short);
    }

    [Fact]
    public void Summarize_EmptyText_FallsBackToHeadline()
    {
        var summary = new ExtractiveSummarizer().Summarize("Senate extends jobless benefits", "");
        Assert.Equal("Senate extends jobless benefits", summary.Short);
        Assert.Equal("no body text: headline only", summary.Note);
    }

    public static TheoryData<string, string, string> Cuts => new()
    {
        { "fits", "A short sentence.", "A short sentence." },
        { "clause boundary", "The council approved the plan after a long debate that ran late into the night, with members split over the cost and the timetable for the works", "The council approved the plan after a long debate that ran late into the night" },
        { "word boundary drops a dangling function word", string.Join(' ', Enumerable.Repeat("alpha beta gamma the", 10)), "alpha beta gamma the alpha beta gamma the alpha beta gamma the alpha beta gamma the alpha beta gamma the alpha beta gamma the alpha beta" },
    };

    [Theory]
    [MemberData(nameof(Cuts))]
    public void Cut_LongSentence_EndsOnAPhraseBoundary(string name, string input, string expected)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(expected, ShortPhrase.Cut(input));
    }
}
