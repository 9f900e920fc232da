using System.Xml;
using System.Xml.Linq;
using Masthead.Crawling.Channel;

namespace Masthead.Configuration;

/// <summary>
/// Reads the feed subscriptions of an OPML 2.0 file (http://opml.org/spec2.opml: every outline with an
/// xmlUrl, at any depth; the enclosing outline's text is the category). Failures are data.
/// </summary>
public static class OpmlSources
{
    public static (IReadOnlyList<SourceOptions> Sources, string? Error) Read(string path)
    {
        XDocument doc;
        try
        {
            using var stream = File.OpenRead(path);
            doc = XDocument.Load(stream);
        }
        catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException)
        {
            return ([], $"Cannot read OPML {path}: {e.Message}");
        }
        var sources = doc.Descendants("outline")
            .Where(o => !string.IsNullOrWhiteSpace((string?)o.Attribute("xmlUrl")))
            .Select(o => new SourceOptions
            {
                FeedUrl = ((string)o.Attribute("xmlUrl")!).Trim(),
                Name = ((string?)o.Attribute("title") ?? (string?)o.Attribute("text") ?? (string)o.Attribute("xmlUrl")!).Trim(),
                SiteUrl = NullIfEmpty((string?)o.Attribute("htmlUrl")),
                Category = NullIfEmpty((string?)o.Parent?.Attribute("text")),
            })
            .ToList();
        return (sources, null);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
