using Masthead.Testing;

namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>
/// One case of gofeed's universal translator suite (corpora/feeds/gofeed, see its MANIFEST.md): an input feed and the
/// universal <c>gofeed.Feed</c> gofeed expects from it. <see cref="Name"/> is the path under files/testdata without
/// the extension, e.g. "translator/rss/feed_item_guid_-_rss_channel_item_guid".
/// </summary>
public sealed record GofeedCase(string Name, string InputPath, string ExpectedPath)
{
    /// <summary>The folders whose expectations are universal feeds (the parser/ folders hold format-specific structs).</summary>
    private static readonly string[] Folders =
    [
        "translator/atom", "translator/rss", "translator/json",
        "extensions/dublincore", "extensions/itunes", "extensions/media",
    ];

    public static IReadOnlyList<GofeedCase> Load()
    {
        var root = Path.Combine(Corpora.PathOf("feeds/gofeed"), "files", "testdata");
        var cases = new List<GofeedCase>();
        foreach (var folder in Folders)
        {
            foreach (var input in Directory.GetFiles(Path.Combine(root, folder)).Order(StringComparer.Ordinal))
            {
                if (ExpectedFor(input) is { } expected && File.Exists(expected))
                {
                    var name = folder + "/" + Path.GetFileNameWithoutExtension(input);
                    cases.Add(new GofeedCase(name, input, expected));
                }
            }
        }
        return cases;
    }

    /// <summary>XML inputs sit beside NAME.json; JSON Feed inputs beside NAME_expected.json (which is itself no input).</summary>
    private static string? ExpectedFor(string input) => Path.GetExtension(input) switch
    {
        ".xml" => Path.ChangeExtension(input, ".json"),
        ".json" when !input.EndsWith("_expected.json", StringComparison.Ordinal) && !IsXmlExpectation(input) =>
            input[..^".json".Length] + "_expected.json",
        _ => null,
    };

    private static bool IsXmlExpectation(string json) => File.Exists(Path.ChangeExtension(json, ".xml"));
}
