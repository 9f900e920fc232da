using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Masthead.Core.Text;
using Masthead.Extraction;

namespace Masthead.Benchmarks.Extraction;

/// <summary>
/// Extraction (parse included) against an AngleSharp parse of the same page, over the AEB pages
/// ($MASTHEAD_CORPORA or ../shared/corpora beside the work tree). The target: extraction in at most 2x parse time.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private List<byte[]> _pages = [];

    [Params(20)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(BenchCorpora.Root(), "extraction", "aeb", "html");
        _pages = [.. Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal).Take(Pages).Select(File.ReadAllBytes)];
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        var elements = 0;
        foreach (var page in _pages)
        {
            using var document = new HtmlParser().ParseDocument(Charsets.DecodeHtml(page, null, out _));
            elements += document.All.Length;
        }
        return elements;
    }

    [Benchmark]
    public int Extract()
    {
        var chars = 0;
        foreach (var page in _pages)
        {
            chars += _extractor.Extract(page).Text.Length;
        }
        return chars;
    }
}
