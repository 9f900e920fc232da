using Masthead.Feeds.Decoding;
using Masthead.Feeds.Xml;
using Masthead.Testing;

namespace Masthead.Feeds.Tests.Xml;

/// <summary>
/// Over every feed in the conformance and real-feed suites: wherever the byte reader builds a tree, it is the tree
/// System.Xml's strict builder builds; and it takes the fast path on most real feeds (a floor, so a change that
/// quietly sent everything to the slow path would fail here rather than only in a benchmark).
/// </summary>
public sealed class Utf8TreeBuilderCorpusTests
{
    private const string Base = "http://example.org/";

    private static readonly string[] Suites = ["feeds/feedparser", "feeds/gofeed", "feeds/miniflux", "feeds/real", "feeds/simplepie", "feeds/node-feedparser"];

    /// <summary>Measured 48 of the 49 real feeds (the other uses an HTML entity XML does not define).</summary>
    private const int MinRealFeedsOnFastPath = 48;

    [CorpusFact("feeds/feedparser")]
    public void Fast_trees_equal_strict_trees_on_every_suite()
    {
        var (compared, differing) = CompareOnEverySuite(file =>
        {
            var bytes = WithoutBom(file);
            return System.Text.Unicode.Utf8.IsValid(bytes) && Utf8TreeBuilder.TryBuild(bytes, Base) is { } fast
                ? (fast, () => StrictTreeBuilder.TryBuild(bytes, Base))
                : null;
        });
        Assert.True(compared > 2000, $"only {compared} documents took the fast path");
        Assert.Empty(differing);
    }

    [CorpusFact("feeds/feedparser")]
    public void Reencoded_trees_equal_strict_trees_read_from_the_decoded_text()
    {
        var (compared, differing) = CompareOnEverySuite(file =>
        {
            var decoded = FeedDecoder.Decode(file, null);
            var text = decoded.ValidUtf8.IsEmpty ? decoded.Text.TrimStart() : null; // valid UTF-8 is read from its own bytes: the test above
            return text is not null && Utf8TreeBuilder.TryBuild(System.Text.Encoding.UTF8.GetBytes(text), Base, reencoded: true) is { } fast
                ? (fast, () => StrictTreeBuilder.TryBuild(text, Base))
                : null;
        });
        Assert.True(compared > 20, $"only {compared} legacy-encoded documents took the fast path");
        Assert.Empty(differing);
    }

    /// <summary>
    /// Every .xml file of every suite through <paramref name="read"/>, which gives the byte reader's tree and a way to
    /// build System.Xml's, or null when the byte reader refused: how many were compared, and the files that differ.
    /// </summary>
    private static (int Compared, List<string> Differing) CompareOnEverySuite(Func<byte[], (XmlTree Fast, Func<XmlTree?> Strict)?> read)
    {
        var (compared, differing) = (0, new List<string>());
        foreach (var suite in Suites.Where(Corpora.Has))
        {
            foreach (var path in Directory.EnumerateFiles(Corpora.PathOf(suite), "*.xml", SearchOption.AllDirectories))
            {
                if (read(File.ReadAllBytes(path)) is not { } trees)
                {
                    continue;
                }
                compared++;
                if (trees.Strict() is not { } strict || TreeShape.Of(strict.Root!) != TreeShape.Of(trees.Fast.Root!))
                {
                    differing.Add(Path.GetRelativePath(Corpora.PathOf("feeds"), path));
                }
            }
        }
        return (compared, differing);
    }

    [CorpusFact("feeds/real/files/FeedReader.Tests/Feeds")]
    public void Most_real_feeds_take_the_fast_path()
    {
        var files = Directory.GetFiles(Corpora.PathOf("feeds/real/files/FeedReader.Tests/Feeds"), "*.xml");
        var fast = files.Count(f => FeedParser.FastTree(FeedDecoder.Decode(File.ReadAllBytes(f), null), null) is not null);
        Assert.True(fast >= MinRealFeedsOnFastPath, $"{fast} of {files.Length} real feeds on the fast path, floor {MinRealFeedsOnFastPath}");
    }

    private static byte[] WithoutBom(byte[] bytes) =>
        bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes[3..] : bytes;
}
