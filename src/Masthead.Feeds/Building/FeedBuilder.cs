using Masthead.Core;
using Masthead.Feeds.Content;

namespace Masthead.Feeds.Building;

/// <summary>Collects the channel-level fields the format readers find; <see cref="Build"/> freezes them into a <see cref="Feed"/>.</summary>
internal sealed class FeedBuilder
{
    public FeedText? Title;
    public FeedText? Subtitle;
    public FeedText? Rights;
    public FeedText? Info;
    public string? Language;
    public string? Id;
    public string? Icon;
    public string? Docs;
    public FeedImage? Image;
    public TimeSpan? Ttl;
    public readonly List<int> SkipHours = [];
    public readonly List<string> SkipDays = [];
    public DateStamp? Updated;
    public DateStamp? Published;
    public readonly List<FeedLink> Links = [];
    public readonly List<FeedPerson> Authors = [];
    public readonly List<FeedPerson> Contributors = [];
    public FeedPerson? Publisher;
    public FeedGenerator? Generator;
    public readonly List<FeedCategory> Tags = [];
    public readonly List<FeedExtension> Extensions = [];
    public readonly List<FeedEntry> Entries = [];
    public readonly List<string> Problems = [];

    /// <summary>Sizes the entry list for the entries a reader found, so it is not regrown (and copied) as they are added.</summary>
    public void ExpectEntries(int count) => Entries.EnsureCapacity(Math.Min(count, Limits.MaxFeedEntries));

    /// <summary>Builds the entry and recycles its builder (<see cref="EntryBuilder.Recycle"/>): the caller is done with it.</summary>
    public void AddEntry(EntryBuilder entry)
    {
        if (Entries.Count < Limits.MaxFeedEntries)
        {
            Entries.Add(entry.Build());
        }
        else if (Entries.Count == Limits.MaxFeedEntries)
        {
            Problems.Add($"more than {Limits.MaxFeedEntries} entries (Limits.MaxFeedEntries): the rest were dropped");
            Entries.Add(entry.Build());
            Entries.RemoveAt(Entries.Count - 1);
        }
        entry.Recycle();
    }

    public Feed Build(string format, string encoding, IReadOnlyList<string> problems)
    {
        var all = problems.Concat(Problems).ToList();
        return new Feed
        {
            Format = format,
            Bozo = all.Count > 0,
            Problems = all,
            Encoding = encoding,
            Title = Title is null ? null : EntryBuilder.AsPlain(Title),
            TitleDetail = Title,
            Link = Links.Find(l => l.Rel == "alternate")?.Href,
            Links = Links,
            Description = Subtitle is null ? null : EntryBuilder.AsHtml(Subtitle),
            DescriptionDetail = Subtitle,
            RightsDetail = Rights,
            InfoDetail = Info,
            Language = Language,
            ImageUrl = Image?.Url ?? Icon,
            Image = Image,
            Icon = Icon,
            Id = Id,
            Ttl = Ttl,
            SkipHours = SkipHours,
            SkipDays = SkipDays,
            Updated = Updated?.Value,
            UpdatedText = Updated?.Text,
            Published = Published?.Value,
            PublishedText = Published?.Text,
            Authors = Authors,
            Contributors = Contributors,
            Publisher = Publisher,
            Generator = Generator,
            Docs = Docs,
            Categories = Tags,
            Extensions = Extensions,
            Entries = Entries,
        };
    }

    /// <summary>True for a FeedText value that is only whitespace (treated as absent).</summary>
    public static bool IsEmpty(FeedText? text) => text is null || string.IsNullOrWhiteSpace(text.Value);

    public static FeedText Plain(string value, Xml.XmlNode node) => new(value.Trim(), TextKind.Plain, node.Language, node.Base);
}
