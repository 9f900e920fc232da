using System.IO.Compression;
using Masthead.Core;
using Masthead.Feeds.Decoding;
using Masthead.Feeds.Sitemap;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds;

/// <summary>
/// Sitemaps (https://www.sitemaps.org/protocol.html): urlset and sitemapindex XML, Google News and image
/// extensions, plain-text sitemaps (one URL per line), and RSS/Atom feeds used as sitemaps. Gzip is detected
/// by its magic bytes and inflated up to Limits.MaxDecompressedBytes (a zip-bomb guard).
/// </summary>
public static class Sitemaps
{
    public static SitemapDocument Parse(ReadOnlyMemory<byte> content)
    {
        if (content.Length >= 2 && content.Span[0] == 0x1F && content.Span[1] == 0x8B)
        {
            var inflated = Inflate(content, out var error);
            if (inflated is null)
            {
                return Failed(error!);
            }
            content = inflated;
        }
        if (content.Length == 0)
        {
            return Failed("empty document");
        }
        var decoded = FeedDecoder.Decode(content.Span, null);
        var text = decoded.Text.TrimStart();
        if (!text.StartsWith('<'))
        {
            return TextSitemap(text);
        }
        var tree = StrictTreeBuilder.TryBuild(text, null) ?? LenientTreeBuilder.Build(text, null);
        var problems = decoded.Problems.Concat(tree.Problems).ToList();
        return tree.Root?.LocalName switch
        {
            "urlset" => new SitemapDocument
            {
                Kind = "urlset",
                Urls = tree.Root.Children.Where(c => c.LocalName == "url").Select(SitemapReader.Url).OfType<SitemapUrl>().Take(Limits.MaxFeedEntries * 5).ToList(),
                Bozo = problems.Count > 0,
                Problems = problems,
            },
            "sitemapindex" => new SitemapDocument
            {
                Kind = "sitemapindex",
                Sitemaps = tree.Root.Children.Where(c => c.LocalName == "sitemap").Select(s => SitemapReader.Text(s, "loc")).OfType<string>().ToList(),
                Bozo = problems.Count > 0,
                Problems = problems,
            },
            _ => FeedSitemap(content),
        };
    }

    private static SitemapDocument FeedSitemap(ReadOnlyMemory<byte> content)
    {
        var feed = FeedParser.Parse(content);
        if (feed.Error is not null)
        {
            return Failed("not a sitemap: " + feed.Error);
        }
        var urls = feed.Entries.Where(e => e.Link is not null)
            .Select(e => new SitemapUrl { Loc = e.Link!, LastModified = e.Updated ?? e.Published, NewsTitle = e.Title, NewsPublished = e.Published })
            .ToList();
        return new SitemapDocument { Kind = "feed", Urls = urls, Bozo = feed.Bozo, Problems = feed.Problems };
    }

    /// <summary>A text sitemap: one absolute http(s) URL per line (sitemaps.org "Text file").</summary>
    private static SitemapDocument TextSitemap(string text)
    {
        var urls = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
            .Select(l => new SitemapUrl { Loc = l })
            .ToList();
        return urls.Count == 0 ? Failed("not a sitemap: no XML root and no URL lines") : new SitemapDocument { Kind = "text", Urls = urls };
    }

    private static byte[]? Inflate(ReadOnlyMemory<byte> content, out string? error)
    {
        error = null;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(content.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > Limits.MaxDecompressedBytes)
                {
                    error = $"gzip body inflates past Limits.MaxDecompressedBytes ({Limits.MaxDecompressedBytes})";
                    return null;
                }
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            error = "corrupt gzip: " + e.Message;
            return null;
        }
    }

    private static SitemapDocument Failed(string error) => new() { Bozo = true, Error = error, Problems = [error] };
}
