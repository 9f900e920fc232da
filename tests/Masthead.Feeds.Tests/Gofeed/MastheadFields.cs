using System.Globalization;

namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>
/// Masthead's model projected onto gofeed's shared fields, with the mapping decided per field:
/// - feed.description is Feed.Description (RSS description, Atom subtitle/tagline, JSON Feed description);
///   feed.copyright is the rights text (RSS copyright, Atom rights); feed.feedLink is the first rel="self" link
///   (RSS atom:link, Atom link, JSON Feed feed_url); feed.image is Feed.ImageUrl.
/// - categories: gofeed writes an Atom category's label when it has one, else its term (RFC 4287 4.2.2: the
///   label is the human-readable form); Masthead keeps both, so its side reads Label ?? Term.
/// - item description is FeedEntry.Summary, except where Masthead's summary is its content standing in for a
///   missing summary (the feedparser convention in EntryBuilder, recognisable because SummaryDetail is the very
///   object of Contents[0]): gofeed leaves its description empty there, and so does this projection.
/// - item guid is FeedEntry.Guid (RSS guid, Atom id, JSON Feed id), not Identity, whose link/hash fallbacks are
///   Masthead's own duplicate key.
/// - enclosures: FeedEntry.Enclosures (RSS enclosure, Atom link rel="enclosure", JSON Feed attachments).
/// - images: feed.image is Feed.ImageUrl (RSS image, Atom logo, JSON Feed icon, iTunes image); item image is
///   FeedEntry.ImageUrl (media:thumbnail, itunes:image, an image enclosure or media:content).
/// - feed.generator: Masthead keeps name, version and URI apart; they are joined the way gofeed writes them.
/// </summary>
public static class MastheadFields
{
    public static Dictionary<string, string> Fields(Feed feed)
    {
        var fields = new Dictionary<string, string>
        {
            ["feed.title"] = GofeedText.Text(feed.Title),
            ["feed.description"] = GofeedText.Text(feed.Description),
            ["feed.link"] = GofeedText.Url(feed.Link),
            ["feed.feedLink"] = GofeedText.Url(feed.Links.FirstOrDefault(l => l.Rel == "self")?.Href),
            ["feed.updated"] = GofeedText.Instant(feed.Updated),
            ["feed.published"] = GofeedText.Instant(feed.Published),
            ["feed.language"] = feed.Language?.Trim() ?? "",
            ["feed.copyright"] = GofeedText.Text(feed.RightsDetail?.Value),
            ["feed.authors"] = People(feed.Authors),
            ["feed.categories"] = Categories(feed.Categories),
            ["feed.image"] = GofeedText.Url(feed.ImageUrl),
            ["feed.generator"] = Generator(feed.Generator),
            ["feed.items"] = feed.Entries.Count.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < feed.Entries.Count; i++)
        {
            AddEntry(fields, $"item{i}.", feed.Entries[i]);
        }
        return fields;
    }

    private static void AddEntry(Dictionary<string, string> fields, string prefix, FeedEntry entry)
    {
        var summaryIsContent = entry.Contents.Count > 0 && ReferenceEquals(entry.SummaryDetail, entry.Contents[0]);
        fields[prefix + "title"] = GofeedText.Text(entry.Title);
        fields[prefix + "description"] = summaryIsContent ? "" : GofeedText.Text(entry.Summary);
        fields[prefix + "content"] = GofeedText.Text(entry.Content);
        fields[prefix + "link"] = GofeedText.Url(entry.Link);
        fields[prefix + "guid"] = entry.Guid?.Trim() ?? "";
        fields[prefix + "published"] = GofeedText.Instant(entry.Published);
        fields[prefix + "updated"] = GofeedText.Instant(entry.Updated);
        fields[prefix + "authors"] = People(entry.Authors);
        fields[prefix + "categories"] = Categories(entry.Tags);
        fields[prefix + "image"] = GofeedText.Url(entry.ImageUrl);
        fields[prefix + "enclosures"] = GofeedText.List(entry.Enclosures.Select(e =>
            GofeedExpected.Enclosure(e.Url, e.Type, e.Length?.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>gofeed flattens an Atom generator to "name vVERSION URI" (translator.go); RSS's generator is text alone.</summary>
    private static string Generator(FeedGenerator? generator) => generator is null
        ? ""
        : GofeedText.Text(generator.Name + (generator.Version is { Length: > 0 } v ? " v" + v : "") + (generator.Uri is { Length: > 0 } u ? " " + u : ""));

    private static string People(IReadOnlyList<FeedPerson> people) =>
        GofeedText.List(people.Select(p => GofeedText.Person(p.Name, p.Email)));

    private static string Categories(IReadOnlyList<FeedCategory> categories) =>
        GofeedText.List(categories.Select(c => GofeedText.Text(string.IsNullOrWhiteSpace(c.Label) ? c.Term : c.Label)));
}
