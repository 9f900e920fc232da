using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Masthead.Extraction;

namespace Masthead.Cli;

/// <summary>
/// <c>masthead bench extract PATH</c>: extraction throughput (pages/s, MB/s, parse included) beside an
/// AngleSharp-parse-only pass over the same pages in the same run, and the ratio of the two. Each pass runs once
/// as a warm-up, then <c>--rounds</c> timed rounds; the median round is reported.
/// </summary>
public static class BenchExtractCommand
{
    public static Command Create()
    {
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds per pass (median reported).", DefaultValueFactory = _ => 5 };
        var paths = new Argument<string[]>("PATH") { Description = "HTML files or folders.", Arity = ArgumentArity.OneOrMore }.MustExist();
        var command = new Command("extract", "Extraction throughput beside an AngleSharp parse-only baseline.") { rounds, paths };
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], Math.Max(1, parseResult.GetValue(rounds)), Console.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, int rounds, TextWriter output)
    {
        var pages = ExtractInputs.Expand(paths).Select(File.ReadAllBytes).ToList();
        if (pages.Count == 0)
        {
            output.WriteLine("no pages found");
            return 1;
        }
        var megabytes = pages.Sum(p => (long)p.Length) / (1024.0 * 1024.0);
        var extractor = new ArticleExtractor();
        var parse = Median(rounds, () => pages.ForEach(p => ParseOnly(p)));
        var extract = Median(rounds, () => pages.ForEach(p => extractor.Extract(p)));
        output.WriteLine(FormattableString.Invariant($"pages: {pages.Count}, {megabytes:F1} MB, rounds: {rounds} (after one warm-up round each)"));
        Line(output, "parse only (AngleSharp)", parse, pages.Count, megabytes);
        Line(output, "extract (parse included)", extract, pages.Count, megabytes);
        output.WriteLine(FormattableString.Invariant($"ratio extract/parse: {extract.TotalSeconds / parse.TotalSeconds:F2}x"));
        return 0;
    }

    /// <summary>The baseline: the same decoding and parse the extractor starts with, and nothing else.</summary>
    private static void ParseOnly(byte[] page)
    {
        var text = Masthead.Core.Text.Charsets.DecodeHtml(page, null, out _);
        // The same parser options as the extractor's PageLoader.Parse (scripting on): with different options the two
        // passes exercise, and warm up, different tokenizer paths, and the ratio measures that instead of extraction.
        using var document = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = true }).ParseDocument(text);
    }

    private static TimeSpan Median(int rounds, Action pass)
    {
        pass();
        var times = new List<TimeSpan>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            pass();
            times.Add(watch.Elapsed);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static void Line(TextWriter output, string name, TimeSpan time, int pages, double megabytes) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-26} {time.TotalMilliseconds,9:F0} ms  {pages / time.TotalSeconds,8:F1} pages/s  {megabytes / time.TotalSeconds,7:F2} MB/s"));
}
