using System.Text;

namespace Masthead.Feeds.Tests.Decoding;

/// <summary>
/// Feeds in a legacy encoding that declare none and are not UTF-8: the encoding is guessed (feedparser's chardet
/// step) and reported under chardet's name, the text decoded; a declared or Latin-script encoding is never second-guessed.
/// </summary>
public sealed class LegacyCharsetTests
{
    static LegacyCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "russian in koi8-r", "koi8-r", "Новый год обязательно наступит. Это не просто очередной праздник, это веха, которую в жизни принято отмечать широко и весело.", "KOI8-R" },
        { "russian in windows-1251", "windows-1251", "Новый год обязательно наступит. Это не просто очередной праздник, это веха, которую в жизни принято отмечать широко и весело.", "windows-1251" },
        { "japanese in shift_jis", "shift_jis", "今日はとても良い天気ですね。私たちは公園に行って、友達と一緒にお弁当を食べました。それから、みんなで写真を撮りました。", "SHIFT_JIS" },
        { "japanese in euc-jp", "euc-jp", "今日はとても良い天気ですね。私たちは公園に行って、友達と一緒にお弁当を食べました。それから、みんなで写真を撮りました。", "EUC-JP" },
        { "korean in euc-kr", "euc-kr", "오늘은 날씨가 정말 좋습니다. 우리는 공원에 가서 친구들과 함께 도시락을 먹었습니다. 그리고 모두 함께 사진을 찍었습니다.", "EUC-KR" },
        { "chinese in gb2312", "gb2312", "今天天气很好。我们去公园和朋友们一起吃了午饭，然后大家一起拍了照片。这是一个非常快乐的日子，我们都很高兴。", "GB2312" },
        { "chinese in big5", "big5", "今天天氣很好。我們去公園和朋友們一起吃了午飯，然後大家一起拍了照片。這是一個非常快樂的日子，我們都很高興。", "Big5" },
        { "hebrew in windows-1255", "windows-1255", "האם תדפיס נייר של אתר אינטרנט שמוצג על מסך משתמש הוא העתק נאמן למקור של אתר האינטרנט? רבים יגידו שכן, ולפעמים גם בתי המשפט יצטרפו אליהם.", "windows-1255" },
        { "thai in tis-620", "windows-874", "สำนักงานส่งเสริมอุตสาหกรรมซอฟต์แวร์แห่งชาติ ร่วมกับชุมชนโอเพนซอร์สในประเทศไทย ขอเชิญนักพัฒนาทุกท่านส่งผลงานเข้าประกวด", "TIS-620" },
        { "french stays windows-1252", "windows-1252", "Le café était très agréable, même si l’été touchait à sa fin. Nous avons mangé des crêpes près de la fenêtre.", "windows-1252" },
        { "german stays windows-1252", "windows-1252", "Über die Brücke gingen wir zur Straße, wo die Bäckerei schon geöffnet hatte. Das Frühstück war großartig.", "windows-1252" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Undeclared_legacy_encoding_is_guessed(string name, string encoding, string text, string reported)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes($"<rss version=\"2.0\"><channel><title>T</title><item><title>{text}</title></item></channel></rss>");
        var feed = FeedParser.Parse(bytes);
        Assert.True(reported == feed.Encoding, $"{name}: reported {feed.Encoding}");
        Assert.True(text == feed.Entries.Single().Title, $"{name}: {feed.Entries.Single().Title}");
    }

    [Theory]
    [InlineData("declared encoding wins", "<?xml version=\"1.0\" encoding=\"iso-8859-5\"?>", "iso-8859-5")]
    [InlineData("http charset wins", "", "iso-8859-5")]
    public void Named_encoding_is_not_second_guessed(string name, string declaration, string expected)
    {
        var text = "Новый год обязательно наступит. Это не просто очередной праздник, это веха.";
        var bytes = Encoding.GetEncoding("iso-8859-5").GetBytes($"{declaration}<rss version=\"2.0\"><channel><title>{text}</title></channel></rss>");
        var request = declaration.Length == 0
            ? new FeedRequest { Headers = new Dictionary<string, string> { ["Content-Type"] = "application/rss+xml; charset=iso-8859-5" } }
            : new FeedRequest();
        var feed = FeedParser.Parse(bytes, request);
        Assert.True(expected == feed.Encoding, $"{name}: {feed.Encoding}");
        Assert.Equal(text, feed.Title);
    }
}
