using System.CommandLine;
using System.Diagnostics;
using System.Xml;
using Masthead.Feeds;

namespace Masthead.Cli;

/// <summary>
/// `masthead bench feeds PATH`: parsing throughput into the model, in MB/s after a warm-up, beside a bare
/// XmlReader pass over the same bytes in the same run (the ceiling a reader built on System.Xml can reach),
/// and the ratio. Files are loaded into memory first: disk is not measured. The warm-up is timed, not one
/// round: tiered JIT promotes hot methods to optimized code only after repeated calls and a quiet delay, and
/// after a single warm-up round the bare pass was still far from steady state (it ran 1.7 times faster by the
/// end of an 80-round run, the model pass 1.2 times), so short runs overstated the ratio.
/// </summary>
public static class BenchFeedsCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "A feed file or a folder of feeds (searched recursively)" }.MustExist();
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds", DefaultValueFactory = _ => 7 };
        var warmup = new Option<double>("--warmup") { Description = "Seconds of untimed rounds of both passes first (JIT tiering)", DefaultValueFactory = _ => 10 };
        var command = new Command("feeds", "Feed parsing throughput (MB/s) beside a bare XmlReader pass.") { path, rounds, warmup };
        command.SetAction(parse =>
        {
            var files = Load(parse.GetValue(path)!);
            var bytes = files.Sum(f => (long)f.Length);
            var entries = files.Sum(f => FeedParser.Parse(f).Entries.Count);
            Console.WriteLine($"{files.Count} files, {bytes / 1e6:F2} MB, {entries} entries");
            var (model, bare) = Medians(parse.GetValue(rounds), parse.GetValue(warmup), () => files.ForEach(f => FeedParser.Parse(f)), () => files.ForEach(BareXmlReader));
            var mb = bytes / 1e6;
            Console.WriteLine($"masthead model: {mb / model.Wall:F1} MB/s wall, {mb / model.Cpu:F1} MB per CPU-second (medians of {parse.GetValue(rounds)}, after {parse.GetValue(warmup):0.#} s warm-up)");
            Console.WriteLine($"bare XmlReader: {mb / bare.Wall:F1} MB/s wall, {mb / bare.Cpu:F1} MB per CPU-second");
            Console.WriteLine($"ratio model/bare: {bare.Wall / model.Wall:F2} wall, {bare.Cpu / model.Cpu:F2} CPU; load average {LoadAverage()}");
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
    /// Seconds per pass over all files for both passes: medians of timed rounds after the warm-up (at least one
    /// round of each). The two passes alternate round by round so that load from other processes hits both alike.
    /// </summary>
    private static ((double Wall, double Cpu) First, (double Wall, double Cpu) Second) Medians(int rounds, double warmupSeconds, Action first, Action second)
    {
        var warm = Stopwatch.StartNew();
        do
        {
            first();
            second();
        }
        while (warm.Elapsed.TotalSeconds < warmupSeconds);
        var (a, b) = (new List<(double, double)>(), new List<(double, double)>());
        for (var i = 0; i < Math.Max(1, rounds); i++)
        {
            a.Add(Seconds(first));
            b.Add(Seconds(second));
        }
        return (Median(a), Median(b));
    }

    private static (double Wall, double Cpu) Median(List<(double Wall, double Cpu)> samples)
    {
        var wall = samples.Select(s => s.Wall).Order().ToList();
        var cpu = samples.Select(s => s.Cpu).Order().ToList();
        return (wall[wall.Count / 2], cpu[cpu.Count / 2]);
    }

    /// <summary>Wall seconds and this process's CPU seconds for one pass (CPU time is the fairer figure on a shared machine).</summary>
    private static (double Wall, double Cpu) Seconds(Action pass)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        pass();
        var wall = timer.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, Math.Max((process.TotalProcessorTime - cpuBefore).TotalSeconds, 1e-6));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

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
