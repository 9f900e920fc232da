using BenchmarkDotNet.Attributes;
using Masthead.Feeds;

namespace Masthead.Benchmarks.Feeds;

/// <summary>Date parsing per form: the RFC 1123 fast path, ISO 8601, and a variant that needs the token parser.</summary>
public class FeedDateBenchmarks
{
    [Params("Mon, 02 Jan 2006 15:04:05 GMT", "2006-01-02T15:04:05-07:00", "Thu, June 22, 2023 at 01:11 PM EDT")]
    public string Text { get; set; } = "";

    [Benchmark]
    public bool Parse() => FeedDates.TryParse(Text, out _);
}
