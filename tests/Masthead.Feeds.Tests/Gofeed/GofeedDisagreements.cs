namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>
/// Where gofeed's expectation and Masthead differ on purpose, one row per case and field, with the reason judged
/// against the specifications (RSS 2.0: https://www.rssboard.org/rss-specification; RSS 1.0:
/// https://web.resource.org/rss/1.0/spec; Media RSS: https://www.rssboard.org/media-rss; DCMI terms; RFC 4287;
/// JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/). Most are fallbacks of gofeed's own translator
/// (translator.go); the rest are Masthead's own readings of the specs, most of them shared with feedparser, whose suite
/// is its first gate.
/// </summary>
public static class GofeedDisagreements
{
    private const string Rss = "translator/rss/";

    private const string WebMaster = "gofeed falls back to webMaster for the feed author; RSS 2.0 defines webMaster as the person "
        + "responsible for technical issues, not an author, so Masthead keeps it as Feed.Publisher (as feedparser does)";

    private const string RdfAbout = "RSS 1.0 section 5.5: an item's rdf:about is its URI, its identity; Masthead (like feedparser) reads "
        + "it as the guid, gofeed ignores it";

    private const string LastLink = "the channel/item repeats <link>; RSS 2.0 defines one link, its URL as text, and gofeed's last-wins "
        + "overwrite picks the third, an Atom-style <link href> outside the Atom namespace; Masthead keeps the first RSS link";

    private const string DcDate = "gofeed copies dc:date into both published and updated; DCMI's date is an unqualified lifecycle "
        + "date, which Masthead (like feedparser) reads as updated only rather than asserting two events";

    private const string MediaEnclosure = "Media RSS media:content is the item's media object; Masthead lists it as an enclosure (as "
        + "miniflux does), gofeed keeps it only as the item image and a raw extension";

    private const string ChannelMedia = "gofeed takes a channel-level media:content image as the feed image; Media RSS defines "
        + "media:content only inside item or media:group, so Masthead does not read meaning into it at channel level";

    private const string HtmlImageScan = "gofeed scans the item's content and description HTML for a first <img> when no image is "
        + "declared (its DisableContentImageScan option turns it off); Masthead's item image is a declared one (media:thumbnail, "
        + "itunes:image, an image enclosure); an image inside the article is the extractor's call, not the feed's";

    private const string JsonFeedDate = "JSON Feed 1.1 has no feed-level date; gofeed copies the first item's dates to the feed, "
        + "Masthead leaves the feed's dates unknown rather than invent them";

    public static readonly IReadOnlyList<GofeedDisagreement> All =
    [
        new("translator/atom/feed_item_updated_-_atom03_feed_entry_modified", "item0.published",
            "gofeed falls back to the modified/updated date for published; RFC 4287 4.2.9 published is an event early in the "
            + "entry's life, which a modification date does not tell, so Masthead leaves it unknown (as feedparser)"),
        new(Rss + "feed_author_-_rss_channel_webMaster_email", "feed.authors", WebMaster),
        new(Rss + "feed_author_-_rss_channel_webMaster_emailAndName", "feed.authors", WebMaster),
        new(Rss + "feed_author_-_rss_channel_webMaster_name", "feed.authors", WebMaster),
        new(Rss + "feed_author_-_rss_channel_webMaster_nameAndEmail", "feed.authors", WebMaster),
        new(Rss + "feed_image_-_rss_channel_description", "feed.image",
            "gofeed scans the channel description's HTML for a first <img> when no image is declared (its "
            + "DisableContentImageScan option turns it off); RSS 2.0 declares the channel image in <image>, not in prose"),
        new(Rss + "feed_image_-_rss_channel_media_content", "feed.image", ChannelMedia),
        new("extensions/media/feed_image_-_rss_channel_media", "feed.image", ChannelMedia),
        new(Rss + "feed_item_image_-_rss_channel_item_content", "item0.image", HtmlImageScan),
        new(Rss + "feed_item_image_-_rss_channel_item_description", "item0.image", HtmlImageScan),
        new(Rss + "feed_item_description_-_rdf_item_description", "item0.guid", RdfAbout),
        new(Rss + "feed_item_link_-_rdf_item_link", "item0.guid", RdfAbout),
        new(Rss + "feed_item_title_-_rdf_item_title", "item0.guid", RdfAbout),
        new(Rss + "feed_item_fallbacks_-_rss_channel_item_extensions", "item0.enclosures", MediaEnclosure),
        new("extensions/media/feed_item_image_-_rss_channel_item_media", "item0.enclosures", MediaEnclosure),
        new(Rss + "feed_item_fallbacks_-_rss_channel_item_extensions", "item0.published", DcDate),
        new("extensions/dublincore/dublincore_item_fields", "item0.published", DcDate),
        new("extensions/dublincore/dublincore_item_fields", "item0.guid",
            "gofeed's universal item has no dc:identifier fallback for the guid; DCMI identifier is an unambiguous reference "
            + "to the resource, so with no RSS guid Masthead uses it as the guid"),
        new("extensions/dublincore/dublincore_item_multiple_values", "item0.authors",
            "gofeed's RSS translator keeps only the first dc:creator; each dc:creator names a creator (DCMI), so Masthead "
            + "lists them all"),
        new(Rss + "feed_item_links_-_rss_channel_item_links", "item0.link", LastLink),
        new(Rss + "feed_links_-_rdf_channel_links", "feed.link", LastLink),
        new(Rss + "feed_links_-_rss_channel_links", "feed.link", LastLink),
        new(Rss + "feed_link_-_rss_channel_itunes_subtitle", "feed.description",
            "Masthead (like feedparser) reads itunes:subtitle, Apple's short description of the show, as the channel "
            + "subtitle when there is no description; gofeed falls back to itunes:summary only"),
        new("translator/json/json10_full", "feed.published", JsonFeedDate),
        new("translator/json/json10_full", "feed.updated", JsonFeedDate),
        new("translator/json/json11_full", "feed.published", JsonFeedDate),
        new("translator/json/json11_full", "feed.updated", JsonFeedDate),
    ];

    public static string? ReasonFor(string caseName, string field) =>
        All.FirstOrDefault(d => d.Case == caseName && d.Field == field)?.Reason;
}
