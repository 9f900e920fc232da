using Masthead.Cli;
using Masthead.Configuration;

namespace Masthead.Site.Tests;

public sealed class ConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("masthead-config-").FullName;

    private string File(string json)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public void Defaults_AreValidWithStarterSourcesAndAHouseSponsor()
    {
        var result = ChannelLoader.Load(null, NoEnvironment);
        Assert.True(result.Ok, string.Join("; ", result.Errors));
        Assert.True(result.UsesStarterSources);
        Assert.InRange(result.Options!.Sources.Count, 25, 40);
        Assert.Single(result.Options.Sponsors);
        Assert.Equal(16, result.Options.Hashtags.Count);
        Assert.All(result.Options.Sources, s => Assert.False(s.FullText));
    }

    [Fact]
    public void StarterSources_SpanTheSpectrum()
    {
        var categories = StarterSources.Load().Select(s => s.Category).ToHashSet();
        Assert.Superset(new HashSet<string?> { "wire", "us-left", "us-centre", "us-right", "international" }, categories);
        Assert.Equal(StarterSources.Load().Count, StarterSources.Load().Select(s => s.FeedUrl).Distinct().Count());
    }

    [Fact]
    public void File_ThenEnvironment_Override_AndListsReplaceDefaults()
    {
        var path = File("""{"Channel": {"Name": "From File", "Tagline": "T", "Hashtags": ["#a", "#b"], "Sources": [{"FeedUrl": "https://x.example/feed", "Name": "X"}]}}""");
        var result = ChannelLoader.Load(path, new Dictionary<string, string?> { ["MASTHEAD_Channel__Name"] = "From Env", ["MASTHEAD_CORPORA"] = "/ignored" });
        Assert.True(result.Ok, string.Join("; ", result.Errors));
        Assert.Equal("From Env", result.Options!.Name);
        Assert.Equal("T", result.Options.Tagline);
        Assert.Equal(["#a", "#b"], result.Options.Hashtags);
        Assert.Equal("https://x.example/feed", Assert.Single(result.Options.Sources).FeedUrl);
        Assert.False(result.UsesStarterSources);
    }

    public static TheoryData<string, string, string> BadConfigs => new()
    {
        { "unknown channel key", """{"Channel": {"Nmae": "x"}}""", "Nmae" },
        { "unknown top-level key", """{"Chanel": {}}""", "Unknown configuration key 'Chanel'" },
        { "unknown source key", """{"Channel": {"Sources": [{"FeedUrl": "https://x.example/f", "Name": "X", "Colour": "red"}]}}""", "Colour" },
        { "bad feed URL", """{"Channel": {"Sources": [{"FeedUrl": "not a url", "Name": "X"}]}}""", "Channel:Sources:0:FeedUrl: 'not a url' is not an absolute http(s) URL" },
        { "bad base URL", """{"Channel": {"BaseUrl": "ftp://x"}}""", "Channel:BaseUrl" },
        { "bad sponsor link", """{"Channel": {"Sponsors": [{"Link": "javascript:alert(1)", "Short": "a", "Medium": "b", "Long": "c"}]}}""", "Channel:Sponsors:0:Link" },
        { "bad time zone", """{"Channel": {"TimeZone": "Mars/Olympus"}}""", "Channel:TimeZone" },
        { "bad hashtag", """{"Channel": {"Hashtags": ["politics"]}}""", "Channel:Hashtags:0" },
        { "not JSON", """{"Channel": """, "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public void BadConfig_IsAClearError(string name, string json, string message)
    {
        Assert.NotEmpty(name);
        var result = ChannelLoader.Load(File(json), NoEnvironment);
        Assert.False(result.Ok);
        Assert.Contains(result.Errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void MissingFile_IsAClearError()
    {
        var result = ChannelLoader.Load(Path.Combine(_folder, "none.json"), NoEnvironment);
        Assert.Equal(["Configuration file not found: " + Path.Combine(_folder, "none.json")], result.Errors);
    }

    [Fact]
    public async Task Serve_WithBadConfig_ExitsWithCode2()
    {
        var path = File("""{"Channel": {"Nmae": "x"}}""");
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            var code = await MastheadCommands.Build().Parse(["serve", "--config", path, "--data", _folder]).InvokeAsync();
            Assert.Equal(2, code);
        }
        finally
        {
            Console.SetError(original);
        }
        Assert.Contains("Nmae", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Opml_ReplacesStarterSources()
    {
        var opml = Path.Combine(_folder, "s.opml");
        System.IO.File.WriteAllText(opml, """
            <opml version="2.0"><body><outline text="Group"><outline type="rss" text="One" xmlUrl="https://one.example/feed" htmlUrl="https://one.example/"/></outline></body></opml>
            """);
        var channel = ServeCommand.LoadChannel(null, [opml]);
        var source = Assert.Single(channel!.Sources);
        Assert.Equal(("One", "https://one.example/feed", "Group"), (source.Name, source.FeedUrl, source.Category));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
