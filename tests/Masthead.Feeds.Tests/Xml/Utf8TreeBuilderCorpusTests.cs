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
    private static readonly string[] Suites = ["feeds/feedparser", "feeds/gofeed", "feeds/miniflux", "feeds/real", "feeds/simplepie", "feeds/node-feedparser"];

    /// <summary>Measured 48 of the 49 real feeds (the other uses an HTML entity XML does not define).</summary>
    private const int MinRealFeedsOnFastPath = 48;

    [CorpusFact("feeds/feedparser")]
    public void Fast_trees_equal_strict_trees_on_every_suite()
    {
        var (compared, differing) = (0, new List<string>());
        foreach (var suite in Suites.Where(Corpora.Has))
        {
            foreach (var path in Directory.EnumerateFiles(Corpora.PathOf(suite), "*.xml", SearchOption.AllDirectories))
            {
                var bytes = WithoutBom(File.ReadAllBytes(path));
                if (!System.Text.Unicode.Utf8.IsValid(bytes) || Utf8TreeBuilder.TryBuild(bytes, "http://example.org/") is not { } fast)
                {
                    continue;
                }
                compared++;
                var strict = StrictTreeBuilder.TryBuild(bytes, "http://example.org/");
                if (strict is null || TreeShape.Of(strict.Root!) != TreeShape.Of(fast.Root!))
                {
                    differing.Add(Path.GetRelativePath(Corpora.PathOf("feeds"), path));
                }
            }
        }
        Assert.True(compared > 2000, $"only {compared} documents took the fast path");
        Assert.Empty(differing);
    }

    [CorpusFact("feeds/feedparser")]
    public void Reencoded_trees_equal_strict_trees_read_from_the_decoded_text()
    {
        var (compared, differing) = (0, new List<string>());
        foreach (var suite in Suites.Where(Corpora.Has))
        {
            foreach (var path in Directory.EnumerateFiles(Corpora.PathOf(suite), "*.xml", SearchOption.AllDirectories))
            {
                var decoded = FeedDecoder.Decode(File.ReadAllBytes(path), null);
                if (!decoded.ValidUtf8.IsEmpty)
                {
                    continue; // read from its own bytes: the test above
                }
                var text = decoded.Text.TrimStart();
                if (Utf8TreeBuilder.TryBuild(System.Text.Encoding.UTF8.GetBytes(text), "http://example.org/", reencoded: true) is not { } fast)
                {
                    continue;
                }
                compared++;
                var strict = StrictTreeBuilder.TryBuild(text, "http://example.org/");
                if (strict is null || TreeShape.Of(strict.Root!) != TreeShape.Of(fast.Root!))
                {
                    differing.Add(Path.GetRelativePath(Corpora.PathOf("feeds"), path));
                }
            }
        }
        Assert.True(compared > 20, $"only {compared} legacy-encoded documents took the fast path");
        Assert.Empty(differing);
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
