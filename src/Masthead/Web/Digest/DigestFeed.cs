using System.Globalization;
using System.Text;
using System.Xml;
using Masthead.Web.Rendering;
using Masthead.Web.Syndication;

namespace Masthead.Web.Digest;

/// <summary>
/// The RSS 2.0 feed of editions (https://www.rssboard.org/rss-specification): one item per edition, its
/// link the edition page, its description the edition's HTML (escaped by the writer, as RSS carries HTML).
/// </summary>
public static class DigestFeed
{
    private const int Items = 20;
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    public static async Task<Microsoft.AspNetCore.Http.IResult> Handle(SiteRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var body = await runtime.CachedAsync("digest:feed", Freshness, async () =>
        {
            var (_, editions) = await DigestArchive.ListAsync(runtime.Store, Items, 0).ConfigureAwait(false);
            return Write(runtime, editions);
        }).ConfigureAwait(false);
        return Microsoft.AspNetCore.Http.Results.Text(body, "application/rss+xml; charset=utf-8");
    }

    private static string Write(SiteRuntime runtime, IReadOnlyList<Stories.DigestEdition> editions)
    {
        var channel = runtime.Channel;
        var sb = new StringBuilder(editions.Count * 4000 + 1000);
        using (var w = XmlWriter.Create(new Utf8StringWriter(sb), new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, AtomNs);
            w.WriteStartElement("channel");
            w.WriteElementString("title", "The Digest · " + channel.Name);
            w.WriteElementString("link", Paths.Absolute(channel.BaseUrl, "/digest"));
            w.WriteElementString("description", $"Every {channel.Digest.EveryHours.ToString(CultureInfo.InvariantCulture)} hours, the news by hashtag: " + channel.Tagline);
            w.WriteElementString("language", channel.Language);
            w.WriteElementString("lastBuildDate", Rfc822(editions.Count > 0 ? editions[0].To : DateTimeOffset.UnixEpoch));
            w.WriteElementString("generator", "Masthead");
            w.WriteStartElement("atom", "link", AtomNs);
            w.WriteAttributeString("href", Paths.Absolute(channel.BaseUrl, "/digest/feed.xml"));
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            foreach (var edition in editions)
            {
                var link = Paths.Absolute(channel.BaseUrl, DigestPages.Path(edition.Id));
                w.WriteStartElement("item");
                w.WriteElementString("title", edition.Title);
                w.WriteElementString("link", link);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(link);
                w.WriteEndElement();
                w.WriteElementString("description", DigestHtml.Edition(edition, runtime.Zone));
                w.WriteElementString("pubDate", Rfc822(edition.To));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return sb.ToString();
    }

    private static string Rfc822(DateTimeOffset t) => t.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
