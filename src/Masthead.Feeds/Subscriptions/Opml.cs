using System.Text;
using System.Xml;
using Masthead.Core;
using Masthead.Feeds.Decoding;
using Masthead.Feeds.Subscriptions;
using Masthead.Feeds.Xml;
using XmlNode = Masthead.Feeds.Xml.XmlNode;

namespace Masthead.Feeds;

/// <summary>OPML subscription lists: import (tolerant, like feeds) and export (OPML 2.0).</summary>
public static class Opml
{
    public static OpmlDocument Parse(ReadOnlyMemory<byte> content)
    {
        if (content.Length == 0 || content.Length > Limits.MaxFeedBytes)
        {
            var error = content.Length == 0 ? "empty document" : "document over Limits.MaxFeedBytes";
            return new OpmlDocument { Bozo = true, Error = error, Problems = [error] };
        }
        var decoded = FeedDecoder.Decode(content, null);
        var text = decoded.Text.TrimStart();
        var tree = StrictTreeBuilder.TryBuild(text, null) ?? LenientTreeBuilder.Build(text, null);
        var problems = decoded.Problems.Concat(tree.Problems).ToList();
        if (tree.Root is { LocalName: "RDF" } rdf)
        {
            return ReadRdf(rdf, problems);
        }
        if (tree.Root is null || !tree.Root.LocalName.Equals("opml", StringComparison.OrdinalIgnoreCase))
        {
            var error = "not an OPML document";
            return new OpmlDocument { Bozo = true, Error = error, Problems = [.. problems, error] };
        }
        var head = Child(tree.Root, "head");
        var outlines = new OpmlOutlines();
        if (Child(tree.Root, "body") is { } body)
        {
            outlines.Walk(body, []);
        }
        string? Head(string name) => head is null || Child(head, name) is not { } n || n.Text.Trim().Length == 0 ? null : n.Text.Trim();
        return new OpmlDocument
        {
            Title = Head("title"),
            Subscriptions = outlines.Subscriptions(),
            Lists = outlines.Lists,
            Opportunities = outlines.Opportunities,
            Version = OpmlOutlines.Attr(tree.Root, "version")?.Trim() switch { "1.0" or "1.1" => "opml1", "2.0" => "opml2", _ => "opml" },
            OwnerName = Head("ownerName"),
            OwnerEmail = Head("ownerEmail"),
            OwnerId = Head("ownerId"),
            Created = Head("dateCreated"),
            CreatedParsed = FeedDates.TryParse(Head("dateCreated"), out var created) ? created : null,
            Modified = Head("dateModified"),
            ModifiedParsed = FeedDates.TryParse(Head("dateModified"), out var modified) ? modified : null,
            // As listparser: a list read with recovery is still a usable list; the recoveries stay in Problems.
            Bozo = false,
            Problems = problems,
        };
    }

    /// <summary>A FOAF/RDF blogroll (<see cref="FoafBlogroll"/>): version "rdf", no head fields.</summary>
    private static OpmlDocument ReadRdf(XmlNode root, List<string> problems)
    {
        var outlines = new OpmlOutlines();
        FoafBlogroll.Read(root, outlines);
        return new OpmlDocument
        {
            Subscriptions = outlines.Subscriptions(),
            Lists = outlines.Lists,
            Opportunities = outlines.Opportunities,
            Version = "rdf",
            Bozo = false,
            Problems = problems,
        };
    }

    /// <summary>Writes an OPML 2.0 document; categories go in the category attribute as "/a/b" paths.</summary>
    public static string Write(string title, IEnumerable<OpmlSubscription> subscriptions)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new StringWriter(output), settings))
        {
            writer.WriteStartElement("opml");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("head");
            writer.WriteElementString("title", title);
            writer.WriteElementString("dateCreated", DateTimeOffset.UtcNow.ToString("r", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndElement();
            writer.WriteStartElement("body");
            foreach (var subscription in subscriptions)
            {
                writer.WriteStartElement("outline");
                writer.WriteAttributeString("type", "rss");
                writer.WriteAttributeString("text", subscription.Title);
                writer.WriteAttributeString("title", subscription.Title);
                writer.WriteAttributeString("xmlUrl", subscription.XmlUrl);
                if (subscription.HtmlUrl is not null)
                {
                    writer.WriteAttributeString("htmlUrl", subscription.HtmlUrl);
                }
                if (subscription.Categories.Count > 0)
                {
                    writer.WriteAttributeString("category", string.Join(',', subscription.Categories.Select(c => "/" + c)));
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static XmlNode? Child(XmlNode node, string name) =>
        node.Children.FirstOrDefault(c => !c.IsText && c.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase));
}
