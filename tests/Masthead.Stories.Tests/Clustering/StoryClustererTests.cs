namespace Masthead.Stories.Tests;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static StoryArticle A(string id, string title, string text, double hours = 0, string outlet = "Outlet") =>
        new(id, $"https://{outlet.ToLowerInvariant()}.example/{id}", outlet, title, text, Day.AddHours(hours));

    private const string FloodA = "Heavy rain flooded the river town of Dunmore on Monday, forcing 2,000 residents from their homes. " +
        "Emergency crews in Dunmore used boats to rescue families, and the mayor, Alice Tran, said the river crested at a record nine metres.";
    private const string FloodB = "Rescuers in boats pulled families from flooded houses in Dunmore after the river burst its banks. " +
        "Mayor Alice Tran said about 2,000 residents had left and the water reached a record level of nine metres.";
    private const string Merger = "Shares of Halden Motors jumped after the carmaker agreed to buy battery maker Voltcell for $4 billion, " +
        "a deal its chief executive said would secure supplies for its electric vehicles through the next decade.";
    private const string Final = "Kestrel United won the league cup final 2-1 after extra time, with striker Joao Mendes scoring the winner " +
        "in front of a sell-out crowd, the club's first trophy in eleven years.";

    [Fact]
    public void Add_TwoOutletsOnOneEvent_JoinOneStory_OthersStayApart()
    {
        var clusterer = new StoryClusterer();
        var flood1 = clusterer.Add(A("1", "Floods force 2,000 from homes in Dunmore", FloodA, 0, "Herald"));
        var merger = clusterer.Add(A("2", "Halden Motors to buy Voltcell", Merger, 1));
        var flood2 = clusterer.Add(A("3", "Dunmore river hits record as families rescued", FloodB, 2, "Courier"));
        var final = clusterer.Add(A("4", "Kestrel United win the cup", Final, 3));
        Assert.Equal(flood1, flood2);
        Assert.Equal(3, new[] { flood1, merger, final }.Distinct().Count());
        Assert.Equal("1", flood1);
    }

    [Fact]
    public void Add_SameEventOutsideTheWindow_OpensANewStory()
    {
        var clusterer = new StoryClusterer(new StoryClusterOptions { Window = TimeSpan.FromDays(3) });
        var first = clusterer.Add(A("1", "Floods force 2,000 from homes in Dunmore", FloodA));
        var later = clusterer.Add(A("2", "Dunmore river hits record as families rescued", FloodB, hours: 24 * 10));
        Assert.NotEqual(first, later);
    }

    public static TheoryData<string, StoryArticle[]> BadStreams => new()
    {
        {
            "empty texts and a generic title never merge",
            Enumerable.Range(0, 20).Select(i => A($"e{i}", "Live updates", "", i)).ToArray()
        },
        {
            "identical titles on different stories stay apart",
            [A("t1", "What we know so far", FloodA), A("t2", "What we know so far", Merger, 1), A("t3", "What we know so far", Final, 2)]
        },
        {
            "identical headline words over unrelated bodies stay apart",
            [A("h1", "Storm warning issued for coast", Merger), A("h2", "Storm warning issued for coast", Final, 1)]
        },
        {
            "texts in unexpected languages stay apart from each other",
            [A("l1", "Наводнение в городе", "Сильный дождь затопил город, тысячи жителей покинули свои дома в понедельник."),
             A("l2", "新车型发布", "汽车制造商周二发布了新的电动汽车，售价低于预期。", 1),
             A("l3", "Elecciones municipales", "Los votantes acudieron a las urnas el domingo para elegir alcaldes en todo el país.", 2)]
        },
    };

    [Theory]
    [MemberData(nameof(BadStreams))]
    public void Add_BadInput_NeverMergesUnrelatedArticles(string name, StoryArticle[] stream)
    {
        Assert.False(string.IsNullOrEmpty(name));
        var clusterer = new StoryClusterer();
        var stories = stream.Select(clusterer.Add).ToList();
        Assert.Equal(stream.Length, stories.Distinct().Count());
    }

    [Fact]
    public void Add_FiveMegabyteText_IsBoundedAndClustersNormally()
    {
        var huge = FloodA + " " + string.Concat(Enumerable.Repeat("Filler words about nothing in particular. ", 5 * 1024 * 1024 / 42));
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(A("1", "Floods force 2,000 from homes in Dunmore", huge));
        var second = clusterer.Add(A("2", "Dunmore river hits record as families rescued", FloodB, 1));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Add_ManyDistinctArticles_DoNotCollapseIntoOneStory()
    {
        var clusterer = new StoryClusterer();
        var random = new Random(3);
        var stories = Enumerable.Range(0, 300).Select(i =>
        {
            var words = Enumerable.Range(0, 80).Select(_ => "word" + random.Next(5000));
            return clusterer.Add(A(i.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(' ', words.Take(6)), string.Join(' ', words), i / 10.0));
        }).ToList();
        Assert.True(stories.Distinct().Count() >= 295, $"{stories.Distinct().Count()} stories for 300 unrelated articles");
    }

    [Fact]
    public void Add_WindowCap_ForgetsOldestArticles()
    {
        var clusterer = new StoryClusterer(new StoryClusterOptions { MaxWindowArticles = 10 });
        for (var i = 0; i < 25; i++)
        {
            clusterer.Add(A(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Title " + i, Merger + " " + i, i));
        }
        Assert.Equal(10, clusterer.WindowCount);
    }
}
