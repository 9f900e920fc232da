using Masthead.Core;
using Masthead.Crawling.Channel;
using Masthead.Storage;
using Masthead.Storage.Reading;
using Masthead.Stories;
using Masthead.Web.Pages;
using Masthead.Web.Rendering;

namespace Masthead.Web.Digest;

/// <summary>
/// Makes the editions that are due: for each recent slot without an edition, the articles stored since the
/// previous edition become an edition (DigestBuilder) that is saved under the slot's id. A slot that already
/// has its edition is left alone, so a restart never makes one twice. Articles are listed by their list time
/// (publication, never later than storage), so one crawled after its period's edition was made is picked up
/// by the next edition: within <see cref="LateArrivals"/>, any article no earlier edition was made from counts
/// as new at the start of the period.
/// </summary>
public sealed class DigestMaker(ChannelOptions channel, SqliteStore store, TimeProvider time)
{
    /// <summary>Slots looked back on at each run (a site that was down catches up on up to this many editions).</summary>
    private const int CatchUpSlots = 8;

    /// <summary>How far before a period an article not yet in an edition is still taken (crawls lag publication).</summary>
    private static readonly TimeSpan LateArrivals = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim _gate = new(1, 1);

    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(channel.TimeZone);

    public DigestSlots Slots => new(_zone, channel.Digest.EveryHours);

    public TimeProvider Time { get; } = time;

    /// <summary>Makes every due edition, oldest first; returns the ones made now (none when all exist or were empty).</summary>
    public async Task<IReadOnlyList<DigestEdition>> MakeDueAsync(CancellationToken ct = default)
    {
        var slots = new List<DateTimeOffset> { Slots.SlotAt(Time.GetUtcNow()) };
        while (slots.Count < CatchUpSlots)
        {
            slots.Add(Slots.Previous(slots[^1]));
        }
        var made = new List<DigestEdition>();
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            foreach (var slot in slots.AsEnumerable().Reverse())
            {
                if (!await DigestArchive.ExistsAsync(store, DigestSlots.EditionId(slot), ct).ConfigureAwait(false)
                    && await BuildAsync(slot, ct).ConfigureAwait(false) is { Edition.ItemCount: > 0 } stored)
                {
                    await DigestArchive.SaveAsync(store, stored, ct).ConfigureAwait(false);
                    made.Add(stored.Edition);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
        return made;
    }

    /// <summary>
    /// The edition of <paramref name="slot"/>, not saved: the articles in (previous slot, slot], and late ones
    /// that no earlier edition was made from (the first edition takes its period only).
    /// </summary>
    public async Task<StoredEdition> BuildAsync(DateTimeOffset slot, CancellationToken ct = default)
    {
        var from = Slots.Previous(slot);
        // Late articles are looked for no further back than where the editions began.
        var (start, taken) = await DigestArchive.EarlierArticlesAsync(store, slot, ct).ConfigureAwait(false);
        var since = start is { } s && s < from ? Max(from - LateArrivals, s) : from;
        var articles = (await ArticlesAsync(since, slot, ct).ConfigureAwait(false))
            .Where(a => !taken.Contains(a.Id)).ToList();
        var summarizer = new ExtractiveSummarizer();
        var entries = articles.Select(a => new DigestEntry(
            new StoryArticle(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Paths.Absolute(channel.BaseUrl, Paths.Article(a.Id, a.Title)), a.Outlet, a.Title, a.Excerpt ?? "", Max(a.SortTime, from.AddTicks(1))),
            a.Hashtag ?? "#other", SummaryOf(a, summarizer), a.StoryId)).ToList();
        var edition = DigestBuilder.Build(new DigestRequest(slot, slot - from, entries)
        {
            Title = DigestTitle(slot),
            HashtagOrder = channel.Hashtags,
            MaxItemsPerSection = Math.Max(1, channel.Digest.ItemsPerSection),
        });
        return new StoredEdition(edition, [.. articles.Select(a => a.Id)]);
    }

    /// <summary>
    /// The summary made from the full text when the article was stored (by the configured model, if any); articles
    /// stored without one are summarised from their excerpt now.
    /// </summary>
    private static Summary SummaryOf(ArticleSummary article, ExtractiveSummarizer summarizer) =>
        string.IsNullOrWhiteSpace(article.SummaryShort)
            ? summarizer.Summarize(article.Title, article.Excerpt)
            : new Summary(article.SummaryShort, article.SummaryShort);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private string DigestTitle(DateTimeOffset slot) => $"{channel.Name} Digest · {TimeText.DateTime(slot, _zone)}";

    /// <summary>Articles with a list time in (<paramref name="from"/>, <paramref name="to"/>], newest first.</summary>
    private async Task<List<ArticleSummary>> ArticlesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        [.. await ArticleWindow.ReadAsync(store, new ArticleFilter { NewerThan = from, Until = to }, Limits.MaxDigestArticles, ct).ConfigureAwait(false)];
}
