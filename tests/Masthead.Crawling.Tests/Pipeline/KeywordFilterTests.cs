using Masthead.Crawling.Pipeline;

namespace Masthead.Crawling.Tests.Pipeline;

public class KeywordFilterTests
{
    public static TheoryData<string, string, string[], string[], bool> Cases => new()
    {
        { "no keywords keeps all", "Anything at all", [], [], true },
        { "include matches title", "Senate passes budget", ["budget"], [], true },
        { "include misses", "Football final tonight", ["budget"], [], false },
        { "include is whole-word", "Budgetary woes", ["budget"], [], false },
        { "include ignores case and accents", "Élection présidentielle", ["election"], [], true },
        { "exclude drops", "Sponsored: buy now", [], ["sponsored"], false },
        { "exclude wins over include", "Sponsored budget tips", ["budget"], ["sponsored"], false },
        { "multi-word keyword", "The White House said", ["white house"], [], true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_AppliesIncludeAndExclude(string name, string title, string[] include, string[] exclude, bool kept)
    {
        Assert.True(kept == (KeywordFilter.Check(title, "", include, exclude) is null), name);
    }
}
