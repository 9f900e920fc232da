using System.Security.Cryptography;
using System.Text;
using Masthead.Feeds.Content;

namespace Masthead.Feeds.Building;

/// <summary>
/// Collects what the format readers find for one entry; <see cref="Build"/> freezes it into a
/// <see cref="FeedEntry"/>. The first value found for a field wins, as in feedparser (so the core element of
/// a format takes precedence over a later extension that means the same thing).
/// </summary>
internal sealed class EntryBuilder
{
    /// <summary>
    /// The builder the thread finished last, ready for the next entry: a builder is about 350 bytes, allocated (and
    /// cleared) once per entry. Take-and-return, as <see cref="Content.BuilderCache"/>: a builder rented while another
    /// is out (an entry inside an Atom source) finds the slot empty and is new, so two entries never share one.
    /// </summary>
    [ThreadStatic]
    private static EntryBuilder? _spare;

    /// <summary>An empty builder: the thread's spare, or a new one.</summary>
    public static EntryBuilder Rent()
    {
        var builder = _spare ?? new EntryBuilder();
        _spare = null;
        return builder;
    }

    public FeedText? Title;
    public FeedText? Summary;
    public FeedText? Rights;
    public string? Guid;
    public bool GuidIsLink;
    public DateStamp? Published;
    public DateStamp? Updated;
    public DateStamp? Created;
    public DateStamp? Expired;
    public FeedPerson? Publisher;
    public string? ImageUrl;
    public string? Comments;
    public FeedSource? Source;
    public FeedGeometry? Where;
    public (string? Version, List<FeedChapter> Chapters)? Chapters;

    // The lists most entries leave empty are made on first use (contributors in all but a few, contents, enclosures,
    // authors and tags in many): an empty list was allocated for each of them per entry, only to be kept in the model.
    private List<FeedLink>? _links;
    private List<FeedText>? _contents;
    private List<FeedPerson>? _authors;
    private List<FeedPerson>? _contributors;
    private List<FeedCategory>? _tags;
    private List<FeedEnclosure>? _enclosures;
    private List<FeedExtension>? _extensions;

    public List<FeedLink> Links => _links ??= [];

    public List<FeedText> Contents => _contents ??= [];

    public List<FeedPerson> Authors => _authors ??= [];

    public List<FeedPerson> Contributors => _contributors ??= [];

    public List<FeedCategory> Tags => _tags ??= [];

    public List<FeedEnclosure> Enclosures => _enclosures ??= [];

    public List<FeedExtension> Extensions => _extensions ??= [];

    /// <summary>True when an author was read (without making the list to ask).</summary>
    public bool HasAuthors => _authors is { Count: > 0 };

    public FeedEntry Build()
    {
        var alternate = _links is null ? null : Alternate(_links);
        var content = _contents is { Count: > 0 } ? _contents[0] : null;
        // Atom and feedparser: a plain or HTML content doubles as the summary when there is none.
        var summary = Summary ?? (content is not null && (content.Type == TextKind.Plain || TextConstructReader.IsMarkup(content.Type)) ? content : null);
        var summaryHtml = summary is null ? null : AsHtml(summary);
        return new FeedEntry
        {
            Identity = Identity(alternate, content),
            Guid = Guid,
            GuidIsLink = GuidIsLink,
            Link = alternate,
            Links = OrEmpty(_links),
            Title = Title is null ? null : AsPlain(Title),
            TitleDetail = Title,
            Summary = summaryHtml,
            SummaryDetail = summary,
            // The content that doubles as the summary is escaped once, not twice (a long plain-text content is the costly case).
            Content = content is null ? null : ReferenceEquals(content, summary) ? summaryHtml : AsHtml(content),
            Contents = OrEmpty(_contents),
            RightsDetail = Rights,
            Published = Published?.Value,
            PublishedText = Published?.Text,
            Updated = Updated?.Value,
            UpdatedText = Updated?.Text,
            Created = Created?.Value,
            CreatedText = Created?.Text,
            Expired = Expired?.Value,
            ExpiredText = Expired?.Text,
            Authors = OrEmpty(_authors),
            Contributors = OrEmpty(_contributors),
            Publisher = Publisher,
            Categories = Terms(_tags),
            Tags = OrEmpty(_tags),
            Enclosures = OrEmpty(_enclosures),
            ImageUrl = ImageUrl ?? FirstImage(_enclosures),
            Comments = Comments,
            Source = Source,
            Where = Where,
            Chapters = OrEmpty(Chapters?.Chapters),
            ChaptersVersion = Chapters?.Version,
            Extensions = OrEmpty(_extensions),
        };
    }

    /// <summary>The first rel="alternate" link's href, or null.</summary>
    private static string? Alternate(List<FeedLink> links)
    {
        foreach (var link in links)
        {
            if (link.Rel == "alternate")
            {
                return link.Href;
            }
        }
        return null;
    }

    /// <summary>
    /// The list, or the shared empty array: written as "list ?? []" the collection expression takes the list's type and
    /// makes a new empty list each time.
    /// </summary>
    private static IReadOnlyList<T> OrEmpty<T>(List<T>? list)
    {
        if (list is null)
        {
            return [];
        }
        return list;
    }

    private static IReadOnlyList<string> Terms(List<FeedCategory>? tags)
    {
        if (tags is null)
        {
            return [];
        }
        var terms = new string[tags.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = tags[i].Term;
        }
        return terms;
    }

    private static string? FirstImage(List<FeedEnclosure>? enclosures)
    {
        if (enclosures is null)
        {
            return null;
        }
        foreach (var enclosure in enclosures)
        {
            if (enclosure.Type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)
            {
                return enclosure.Url;
            }
        }
        return null;
    }

    /// <summary>
    /// Empties the builder, once its entry is built, and keeps it as the thread's spare. Every field is reset: the lists
    /// went into the entry, so the next entry makes its own (a test checks that no field survives).
    /// </summary>
    public void Recycle()
    {
        Title = Summary = Rights = null;
        Guid = ImageUrl = Comments = null;
        GuidIsLink = false;
        Published = Updated = Created = Expired = null;
        Publisher = null;
        Source = null;
        Where = null;
        Chapters = null;
        _links = null;
        _contents = null;
        _authors = _contributors = null;
        _tags = null;
        _enclosures = null;
        _extensions = null;
        _spare = this;
    }

    public static string AsPlain(FeedText text) => text.Type == TextKind.Plain ? text.Value : FeedHtml.ToPlainText(text.Value);

    public static string AsHtml(FeedText text) => text.Type == TextKind.Plain ? MarkupWriter.Escape(text.Value) : text.Value;

    /// <summary>The guid, else the link, else a hash of title and content: stable across fetches of the same item.</summary>
    private string Identity(string? link, FeedText? content)
    {
        if (!string.IsNullOrWhiteSpace(Guid))
        {
            return Guid;
        }
        if (!string.IsNullOrWhiteSpace(link))
        {
            return link;
        }
        var material = (Title?.Value ?? "") + "\n" + (content?.Value ?? Summary?.Value ?? "");
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)))[..32];
    }
}
