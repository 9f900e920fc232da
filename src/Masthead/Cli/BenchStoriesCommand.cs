using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Masthead.Stories;

namespace Masthead.Cli;

/// <summary>
/// `masthead bench stories`: streaming clustering throughput with a full window. Synthetic articles (Zipf-drawn
/// words from a made-up vocabulary, one event per few articles) fill the window to --window articles, then
/// --measure more are added in rounds; prints articles/s per round (wall clock, and per CPU-second of this process,
/// which stays meaningful on a shared, loaded machine), the medians, and process memory.
/// </summary>
public static class BenchStoriesCommand
{
    public static Command Create()
    {
        var window = new Option<int>("--window") { Description = "Articles preloaded into the window", DefaultValueFactory = _ => 100_000 };
        var measure = new Option<int>("--measure") { Description = "Articles timed per round", DefaultValueFactory = _ => 5_000 };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds", DefaultValueFactory = _ => 5 };
        var command = new Command("stories", "Streaming story clustering throughput with a full window.") { window, measure, rounds };
        command.SetAction(parse =>
        {
            var (w, m, r) = (parse.GetValue(window), parse.GetValue(measure), parse.GetValue(rounds));
            var clusterer = new StoryClusterer(new StoryClusterOptions { MaxWindowArticles = w + 1 });
            var generator = new SyntheticArticles(seed: 42);
            var start = DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture);
            var preload = Stopwatch.StartNew();
            for (var i = 0; i < w; i++)
            {
                clusterer.Add(generator.Next(start));
            }
            Console.WriteLine($"preload: {w:N0} articles in {preload.Elapsed.TotalSeconds:F1} s ({w / preload.Elapsed.TotalSeconds:N0}/s); window {clusterer.WindowCount:N0}");
            var (rates, cpuRates) = TimedRounds(clusterer, generator, start, m, r);
            rates.Sort();
            cpuRates.Sort();
            Console.WriteLine($"median: {rates[rates.Count / 2]:N0} articles/s wall, {cpuRates[cpuRates.Count / 2]:N0} per CPU-second; " +
                $"working set {Environment.WorkingSet / (1024 * 1024):N0} MB; load average {LoadAverage()}");
            return 0;
        });
        return command;
    }

    private static (List<double> Wall, List<double> Cpu) TimedRounds(StoryClusterer clusterer, SyntheticArticles generator, DateTimeOffset start, int m, int r)
    {
        var rates = new List<double>();
        var cpuRates = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < r; round++)
        {
            var batch = Enumerable.Range(0, m).Select(_ => generator.Next(start)).ToList();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var timer = Stopwatch.StartNew();
            foreach (var article in batch)
            {
                clusterer.Add(article);
            }
            rates.Add(m / timer.Elapsed.TotalSeconds);
            process.Refresh();
            cpuRates.Add(m / (process.TotalProcessorTime - cpu).TotalSeconds);
            Console.WriteLine($"round {round + 1}: {rates[^1]:N0} articles/s wall, {cpuRates[^1]:N0} per CPU-second (window {clusterer.WindowCount:N0})");
        }
        return (rates, cpuRates);
    }

    // The machine's 1-minute load average (Linux), printed so a reader can judge the wall-clock figure.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
