using System.Xml;
using BenchmarkDotNet.Attributes;
using Masthead.Feeds;

namespace Masthead.Benchmarks.Feeds;

/// <summary>
/// Parsing the real publisher feeds of corpora/feeds/real into the model, beside a bare XmlReader pass over
/// the same bytes (the floor cost of XML). Throughput is the corpus size divided by the mean.
/// </summary>
[MemoryDiagnoser]
public class FeedParsingBenchmarks
{
    private static readonly XmlReaderSettings BareSettings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
    private List<byte[]> _files = [];

    [GlobalSetup]
    public void Load()
    {
        var root = BenchCorpora.Root();
        _files = Directory.GetFiles(Path.Combine(root, "feeds/real/files/FeedReader.Tests/Feeds"), "*.xml")
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
    }

    [Benchmark(Description = "FeedParser.Parse (model)")]
    public int Model()
    {
        var entries = 0;
        foreach (var file in _files)
        {
            entries += FeedParser.Parse(file).Entries.Count;
        }
        return entries;
    }

    [Benchmark(Baseline = true, Description = "bare XmlReader")]
    public int Bare()
    {
        var nodes = 0;
        foreach (var file in _files)
        {
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(file), BareSettings);
                while (reader.Read())
                {
                    nodes += reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA ? reader.Value.Length : 1;
                }
            }
            catch (XmlException)
            {
                // a broken file ends the bare pass early
            }
        }
        return nodes;
    }
}
