using Masthead.Core;
using Masthead.Crawling.Channel;
using Masthead.Storage;
using Masthead.Storage.Reading;
using Masthead.Stories;
using Masthead.Web.Rendering;

namespace Masthead.Web.Digest;

/// <summary>
/// Makes the editions that are due: for each recent slot without an edition, the articles stored in the
/// period since the previous slot become an edition (DigestBuilder) that is saved under the slot's id. A slot
/// that already has its edition is left alone, so a restart never makes one twice.
/// </summary>
public sealed class DigestMaker(ChannelOptions channel, SqliteStore store, TimeProvider time)
{
    /// <summary>Slots looked back on at each run (a site that was down catches up on up to this many editions).</summary>
    private const int CatchUpSlots = 8;

    private const int PageSize = 100;

    private readonly SemaphoreSlim _gate = new(1, 1);

    public DigestSlots Slots { get; } = new(TimeZoneInfo.FindSystemTimeZoneById(channel.TimeZone), channel.Digest.EveryHours);

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
                    && await BuildAsync(slot, ct).ConfigureAwait(false) is { ItemCount: > 0 } edition)
                {
                    await DigestArchive.SaveAsync(store, edition, ct).ConfigureAwait(false);
                    made.Add(edition);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
        return made;
    }

    /// <summary>The edition of <paramref name="slot"/> from the articles in (previous slot, slot], not saved.</summary>
    public async Task<DigestEdition> BuildAsync(DateTimeOffset slot, CancellationToken ct = default)
    {
        var from = Slots.Previous(slot);
        var articles = await ArticlesAsync(from, slot, ct).ConfigureAwait(false);
        var summarizer = new ExtractiveSummarizer();
        var entries = articles.Select(a => new DigestEntry(
            new StoryArticle(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Paths.Absolute(channel.BaseUrl, Paths.Article(a.Id, a.Title)), a.Outlet, a.Title, a.Excerpt ?? "", a.SortTime),
            a.Hashtag ?? "#other", summarizer.Summarize(a.Title, a.Excerpt), a.StoryId)).ToList();
        return DigestBuilder.Build(new DigestRequest(slot, slot - from, entries)
        {
            Title = DigestTitle(slot),
            HashtagOrder = channel.Hashtags,
            MaxItemsPerSection = Math.Max(1, channel.Digest.ItemsPerSection),
        });
    }

    private string DigestTitle(DateTimeOffset slot)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(channel.TimeZone);
        return $"{channel.Name} Digest · {TimeText.DateTime(slot, zone)}";
    }

    /// <summary>Articles with a list time in (<paramref name="from"/>, <paramref name="to"/>], walking the newest-first list.</summary>
    private async Task<List<ArticleSummary>> ArticlesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var found = new List<ArticleSummary>();
        for (var offset = 0; offset < Limits.MaxDigestArticles * 4; offset += PageSize)
        {
            var page = await store.ListArticlesAsync(new ArticleFilter { Limit = PageSize, Offset = offset, WithTotal = false }, ct).ConfigureAwait(false);
            found.AddRange(page.Items.Where(a => a.SortTime > from && a.SortTime <= to));
            if (page.Items.Count < PageSize || page.Items[^1].SortTime <= from || found.Count >= Limits.MaxDigestArticles)
            {
                break;
            }
        }
        return found.Count > Limits.MaxDigestArticles ? found[..Limits.MaxDigestArticles] : found;
    }
}
