using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Masthead.Cli;

/// <summary>One load measurement: throughput and latency percentiles, and how it was measured.</summary>
internal sealed record LoadResult(string Target, string Tool, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors);

/// <summary>
/// Load against a loopback URL: wrk (Debian's package) when installed, else an in-process HttpClient loop
/// with the same number of connections.
/// </summary>
internal static partial class BenchSiteLoad
{
    /// <summary>Loads <paramref name="url"/>, or, with <paramref name="randomArticles"/> &gt; 0, random article ids 1..N under it.</summary>
    public static async Task<LoadResult> RunAsync(string target, string url, int connections, int seconds, int randomArticles = 0)
    {
        if (File.Exists("/usr/bin/wrk"))
        {
            return Wrk(target, url, connections, seconds, randomArticles);
        }
        return await HttpLoopAsync(target, url, connections, seconds, randomArticles).ConfigureAwait(false);
    }

    private static LoadResult Wrk(string target, string url, int connections, int seconds, int randomArticles)
    {
        var script = Path.GetTempFileName();
        File.WriteAllText(script, randomArticles > 0
            ? $"math.randomseed(7)\nrequest = function() return wrk.format(\"GET\", \"/article/\" .. math.random(1, {randomArticles}) .. \"/a\") end\n"
            : "");
        try
        {
            return WrkRun(target, url, connections, seconds, script);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static LoadResult WrkRun(string target, string url, int connections, int seconds, string script)
    {
        var start = new ProcessStartInfo("/usr/bin/wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, url })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var rps = double.Parse(RequestsPerSec().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(RequestsTotal().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var errors = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new LoadResult(target, "wrk", rps, Percentile(output, "50%"), Percentile(output, "99%"), requests, errors);
    }

    /// <summary>wrk prints "    99%   12.34ms" (or us / s) under "Latency Distribution".</summary>
    private static double Percentile(string output, string label)
    {
        var m = Regex.Match(output, @"^\s*" + Regex.Escape(label) + @"\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static async Task<LoadResult> HttpLoopAsync(string target, string url, int connections, int seconds, int randomArticles)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections });
        var latencies = new List<double>[connections];
        long errors = 0;
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async w =>
        {
            latencies[w] = [];
            while (until.Elapsed.TotalSeconds < seconds)
            {
                var t = Stopwatch.GetTimestamp();
                var next = randomArticles > 0 ? $"{url.TrimEnd('/')}/article/{Random.Shared.Next(1, randomArticles + 1)}/a" : url;
                using var response = await client.GetAsync(next).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                latencies[w].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ConfigureAwait(false);
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(target, "httpclient", all.Count / until.Elapsed.TotalSeconds, At(all, 0.50), At(all, 0.99), all.Count, errors);
    }

    public static double At(List<double> sorted, double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSec();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsTotal();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();
}
