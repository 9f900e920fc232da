using System.CommandLine;
using System.Diagnostics;
using System.Xml;
using Masthead.Feeds;

namespace Masthead.Cli;

/// <summary>
/// `masthead bench feeds PATH`: parsing throughput into the model, in MB/s after a warm-up, beside a bare
/// XmlReader pass over the same bytes in the same run (the ceiling a reader built on System.Xml can reach),
/// and the ratio. Files are loaded into memory first: disk is not measured.
/// </summary>
public static class BenchFeedsCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "A feed file or a folder of feeds (searched recursively)" };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds", DefaultValueFactory = _ => 7 };
        var command = new Command("feeds", "Feed parsing throughput (MB/s) beside a bare XmlReader pass.") { path, rounds };
        command.SetAction(parse =>
        {
            var files = Load(parse.GetValue(path)!);
            var bytes = files.Sum(f => (long)f.Length);
            var entries = files.Sum(f => FeedParser.Parse(f).Entries.Count);
            Console.WriteLine($"{files.Count} files, {bytes / 1e6:F2} MB, {entries} entries");
            var (model, bare) = Medians(parse.GetValue(rounds), () => files.ForEach(f => FeedParser.Parse(f)), () => files.ForEach(BareXmlReader));
            var modelRate = bytes / 1e6 / model;
            var bareRate = bytes / 1e6 / bare;
            Console.WriteLine($"masthead model: {modelRate:F1} MB/s (median of {parse.GetValue(rounds)})");
            Console.WriteLine($"bare XmlReader: {bareRate:F1} MB/s");
            Console.WriteLine($"ratio model/bare: {modelRate / bareRate:F2}");
            return 0;
        });
        return command;
    }

    private static List<byte[]> Load(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".rss", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".atom", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).AsEnumerable()
            : new[] { path }.AsEnumerable();
        return files.Select(File.ReadAllBytes).ToList();
    }

    /// <summary>
    /// Seconds per pass over all files for both passes: medians of timed rounds after one warm-up round each.
    /// The two passes alternate round by round so that load from other processes hits both alike.
    /// </summary>
    private static (double First, double Second) Medians(int rounds, Action first, Action second)
    {
        first();
        second();
        var (a, b) = (new List<double>(), new List<double>());
        for (var i = 0; i < Math.Max(1, rounds); i++)
        {
            a.Add(Seconds(first));
            b.Add(Seconds(second));
        }
        a.Sort();
        b.Sort();
        return (a[a.Count / 2], b[b.Count / 2]);
    }

    private static double Seconds(Action pass)
    {
        var timer = Stopwatch.StartNew();
        pass();
        return timer.Elapsed.TotalSeconds;
    }

    private static readonly XmlReaderSettings BareSettings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    /// <summary>Reads every node and every text value, building nothing: the floor cost of XML parsing.</summary>
    private static void BareXmlReader(byte[] bytes)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), BareSettings);
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    _ = reader.Value;
                }
            }
        }
        catch (XmlException)
        {
            // A broken file ends the bare pass early; the model pass still reads it (slower, with recovery).
        }
    }
}
