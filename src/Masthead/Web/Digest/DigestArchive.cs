using System.Text.Json;
using Masthead.Storage;
using Masthead.Stories;

namespace Masthead.Web.Digest;

/// <summary>
/// Editions in the store: the digests table keeps each edition's e-mail HTML and its model as JSON, so every
/// page, the feed and the e-mail renderings are made from the same stored edition.
/// </summary>
public static class DigestArchive
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task SaveAsync(SqliteStore store, StoredEdition stored, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stored);
        var edition = stored.Edition;
        return store.SaveDigestAsync(edition.Id, edition.Title, DigestRenderer.Html(edition), JsonSerializer.Serialize(stored, Json), edition.To, ct);
    }

    public static Task<bool> ExistsAsync(SqliteStore store, string id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.HasDigestAsync(id, ct);
    }

    /// <summary>The edition <paramref name="id"/>, or the latest when <paramref name="id"/> is null; null when there is none.</summary>
    public static async Task<DigestEdition?> LoadAsync(SqliteStore store, string? id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var row = id is null ? await store.GetLatestDigestAsync(ct).ConfigureAwait(false) : await store.GetDigestAsync(id, ct).ConfigureAwait(false);
        return row is { } r ? Parse(r.Json)?.Edition : null;
    }

    /// <summary>Editions newest first, with the total count.</summary>
    public static async Task<(long Total, IReadOnlyList<DigestEdition> Items)> ListAsync(SqliteStore store, int limit, int offset, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (total, rows) = await store.ListDigestsAsync(limit, offset, ct).ConfigureAwait(false);
        return (total, [.. rows.Select(r => Parse(r.Json)?.Edition).OfType<DigestEdition>()]);
    }

    /// <summary>
    /// The ids of the articles in the (up to <see cref="SqliteStore.MaxDigestPage"/>) newest editions made before <paramref name="slot"/>, and
    /// where the oldest of them starts (null when there is no earlier edition).
    /// </summary>
    public static async Task<(DateTimeOffset? Start, HashSet<long> Ids)> EarlierArticlesAsync(SqliteStore store, DateTimeOffset slot, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (_, rows) = await store.ListDigestsAsync(SqliteStore.MaxDigestPage, 0, ct).ConfigureAwait(false);
        var earlier = rows.Select(r => Parse(r.Json)).OfType<StoredEdition>().Where(e => e.Edition.To < slot).ToList();
        return (earlier.Count > 0 ? earlier.Min(e => e.Edition.From) : null, [.. earlier.SelectMany(e => e.ArticleIds)]);
    }

    // A row this version cannot read (written by another version) is skipped, not an error page.
    private static StoredEdition? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<StoredEdition>(json, Json) is { Edition: not null } stored ? stored : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
