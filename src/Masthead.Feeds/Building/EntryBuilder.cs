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
    public FeedText? Title;
    public FeedText? Summary;
    public FeedText? Rights;
    public readonly List<FeedText> Contents = [];
    public string? Guid;
    public bool GuidIsLink;
    public readonly List<FeedLink> Links = [];
    public DateStamp? Published;
    public DateStamp? Updated;
    public DateStamp? Created;
    public DateStamp? Expired;
    public readonly List<FeedPerson> Authors = [];
    public readonly List<FeedPerson> Contributors = [];
    public FeedPerson? Publisher;
    public readonly List<FeedCategory> Tags = [];
    public readonly List<FeedEnclosure> Enclosures = [];
    public string? ImageUrl;
    public string? Comments;
    public FeedSource? Source;
    public FeedGeometry? Where;
    public readonly List<FeedExtension> Extensions = [];

    public FeedEntry Build()
    {
        var alternate = Links.Find(l => l.Rel == "alternate")?.Href;
        var content = Contents.Count > 0 ? Contents[0] : null;
        // Atom and feedparser: a plain or HTML content doubles as the summary when there is none.
        var summary = Summary ?? (content is not null && (content.Type == TextKind.Plain || TextConstructReader.IsMarkup(content.Type)) ? content : null);
        return new FeedEntry
        {
            Identity = Identity(alternate, content),
            Guid = Guid,
            GuidIsLink = GuidIsLink,
            Link = alternate,
            Links = Links,
            Title = Title is null ? null : AsPlain(Title),
            TitleDetail = Title,
            Summary = summary is null ? null : AsHtml(summary),
            SummaryDetail = summary,
            Content = content is null ? null : AsHtml(content),
            Contents = Contents,
            RightsDetail = Rights,
            Published = Published?.Value,
            PublishedText = Published?.Text,
            Updated = Updated?.Value,
            UpdatedText = Updated?.Text,
            Created = Created?.Value,
            CreatedText = Created?.Text,
            Expired = Expired?.Value,
            ExpiredText = Expired?.Text,
            Authors = Authors,
            Contributors = Contributors,
            Publisher = Publisher,
            Categories = Tags.ConvertAll(t => t.Term),
            Tags = Tags,
            Enclosures = Enclosures,
            ImageUrl = ImageUrl ?? Enclosures.Find(e => e.Type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)?.Url,
            Comments = Comments,
            Source = Source,
            Where = Where,
            Extensions = Extensions,
        };
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
