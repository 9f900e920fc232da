using Masthead.Site.Tests.Tools;
using Xunit.Abstractions;

namespace Masthead.Site.Tests;

/// <summary>
/// The article page in a real browser (Debian's headless Chromium) at phone, tablet and desktop widths: exactly
/// one sponsor text is visible at each, and the layout is captured as a screenshot (not committed).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class BrowserTests(SiteFixture site, ITestOutputHelper output)
{
    private const string VisibleSponsorTexts = """
        JSON.stringify([...document.querySelectorAll('[data-part=sponsor] [data-sponsor]')]
          .filter(e => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0)
          .map(e => e.dataset.sponsor))
        """;

    [ToolFact(ExternalTools.Chromium)]
    public async Task ArticlePage_ShowsExactlyOneSponsorTextPerWidth()
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("MASTHEAD_ARTIFACTS") ?? Path.Combine(Path.GetTempPath(), "masthead-artifacts"), "screenshots");
        Directory.CreateDirectory(folder);
        await using var browser = await HeadlessChromium.StartAsync();
        var url = site.BaseAddress + SiteFixture.ArticlePath(site.Full);
        foreach (var (name, width, height, expected) in new[] { ("phone", 390, 844, "short"), ("tablet", 768, 1024, "medium"), ("desktop", 1366, 900, "long") })
        {
            await browser.LoadAsync(url, width, height);
            var visible = System.Text.Json.JsonSerializer.Deserialize<string[]>((await browser.EvaluateAsync(VisibleSponsorTexts)).GetString()!);
            Assert.Equal([expected], visible!);
            var masthead = (await browser.EvaluateAsync("document.querySelector('[data-part=masthead]').getBoundingClientRect().width")).GetDouble();
            Assert.InRange(masthead, 1, width);
            var overflow = (await browser.EvaluateAsync("document.documentElement.scrollWidth")).GetDouble();
            Assert.True(overflow <= width, $"{name}: page is {overflow}px wide in a {width}px viewport");
            var file = Path.Combine(folder, $"article-{name}-{width}.png");
            await File.WriteAllBytesAsync(file, await browser.ScreenshotAsync());
            output.WriteLine($"{name} ({width}px): sponsor '{expected}' visible, screenshot {file}");
        }
    }
}
