using Masthead.Testing;
using Xunit.Abstractions;

namespace Masthead.Extraction.Tests.Evaluation;

/// <summary>
/// Metadata agreement with the expected metadata of Mozilla's and SmartReader's test pages: for each field, the
/// share of pages that have an expected value where ours agrees. Floors pinned a little below the measured shares.
/// </summary>
public class MetadataQualityGate(ITestOutputHelper output)
{
    /// <summary>
    /// The byline floors sit below 90% because every byline miss left (checked page by page, 2026-11) is an
    /// expectation no rule for news pages in general should meet: a related story's or teaser's author (herald-sun-1
    /// and its xml-lang copy, liberation-1, salon-1), a date or button text instead of a name (seattletimes-1,
    /// spiceworks, folha, royal-road's "Follow Author"), a commenter (medium-3), one of two credited authors
    /// (data-uri-svg, ietf-1), and page text glued to the name ("Lucas Nolan22 Dec 2016651", breitbart).
    /// </summary>
    public static TheoryData<string, string, double> Floors => new()
    {
        { "extraction/readability", "title", 0.91 },
        { "extraction/readability", "byline", 0.89 },
        { "extraction/readability", "siteName", 0.98 },
        { "extraction/readability", "published", 0.98 },
        { "extraction/smartreader", "title", 0.92 },
        { "extraction/smartreader", "byline", 0.81 },
        { "extraction/smartreader", "siteName", 0.98 },
        { "extraction/smartreader", "published", 0.98 },
        { "extraction/smartreader", "image", 0.98 },
    };

    [CorpusTheory("extraction")]
    [MemberData(nameof(Floors))]
    public void Field_AgreesWithExpectedMetadata(string corpus, string field, double floor)
    {
        var extractor = new ArticleExtractor();
        var cases = MetadataCase.Load(corpus).Where(c => c.Expected.ContainsKey(field)).ToList();
        var misses = new List<string>();
        foreach (var page in cases)
        {
            var article = extractor.Extract(File.ReadAllBytes(page.SourcePath), MetadataCase.PageUrl);
            Assert.NotNull(article);
            if (!MetadataComparer.Agrees(field, page.Expected[field], article))
            {
                misses.Add($"{page.Name}\texpected={page.Expected[field]}\tgot={Actual(field, article)}");
            }
        }
        EvalReport.WriteLines($"meta-{Path.GetFileName(corpus)}-{field}.txt", misses);
        var share = cases.Count == 0 ? 1 : 1 - ((double)misses.Count / cases.Count);
        output.WriteLine($"{corpus} {field}: {cases.Count - misses.Count}/{cases.Count} = {share:P1}");
        Assert.True(share >= floor, $"{corpus} {field} agreement {share:P1} < floor {floor:P1}");
    }

    private static string? Actual(string field, ExtractedArticle a) => field switch
    {
        "title" => a.Title,
        "byline" => a.Byline,
        "siteName" => a.SiteName,
        "published" => a.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        _ => a.Image,
    };
}
