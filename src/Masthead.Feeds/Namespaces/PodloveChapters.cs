using System.Globalization;
using Masthead.Feeds.Content;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Namespaces;

/// <summary>Reads psc:chapters (Podlove Simple Chapters): start times as HH:MM:SS.mmm, MM:SS.mmm or seconds.</summary>
internal static class PodloveChapters
{
    public static (string? Version, List<FeedChapter> Chapters) Read(XmlNode node)
    {
        var chapters = new List<FeedChapter>();
        foreach (var chapter in node.Children)
        {
            if (chapter.IsText || chapter.LocalName != "chapter" || chapter.Attr("start") is not { } start)
            {
                continue;
            }
            var href = chapter.Attr("href");
            chapters.Add(new FeedChapter(start, ParseStart(start), chapter.Attr("title"), href is null ? null : UrlResolver.Resolve(chapter.Base, href), chapter.Attr("image")));
        }
        return (node.Attr("version"), chapters);
    }

    private static TimeSpan? ParseStart(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length > 3)
        {
            return null;
        }
        var seconds = 0.0;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }
            seconds = (seconds * 60) + value;
        }
        return TimeSpan.FromSeconds(seconds);
    }
}
