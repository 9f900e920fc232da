using System.Buffers;
using System.Text.Unicode;
using Masthead.Core;
using Masthead.Feeds.Building;
using Masthead.Feeds.Content;
using Masthead.Feeds.Decoding;
using Masthead.Feeds.Detection;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds;

/// <summary>
/// Bytes in, one <see cref="Feed"/> out, whatever the format and however broken. The CLI, the crawler and
/// the benchmarks all call this one method.
/// </summary>
public static class FeedParser
{
    public static Feed Parse(ReadOnlyMemory<byte> content, FeedRequest? request = null)
    {
        // 1. Refuse what cannot be a feed or is over the size limit.
        if (content.Length == 0)
        {
            return Failed("empty document", []);
        }
        if (content.Length > Limits.MaxFeedBytes)
        {
            return Failed($"document is {content.Length} bytes, over Limits.MaxFeedBytes ({Limits.MaxFeedBytes})", []);
        }
        if (Gzip.IsGzip(content.Span))
        {
            var inflated = Gzip.Inflate(content, out var gzipError);
            if (inflated is null || Gzip.IsGzip(inflated))
            {
                // One layer only: a gzip inside a gzip is refused (a gzip quine would otherwise recurse forever).
                return Failed(gzipError ?? "nested gzip", []);
            }
            return Parse(inflated, request);
        }
        var contentType = request?.Header("Content-Type");
        var documentBase = DocumentBase(request);

        // 2. JSON Feed is recognised by its first byte; everything else is XML.
        if (LooksLikeJson(content.Span))
        {
            return JsonFeed.JsonFeedParser.Parse(content, documentBase, []);
        }

        // 3. Decode the bytes (BOM, HTTP charset, XML declaration).
        // A document that says it is UTF-8 goes to the byte reader unchecked: it checks every byte as it reads them.
        var decoded = FeedDecoder.Decode(content, contentType, checkUtf8: false);
        ScopeInfo.DocumentLanguage = request?.Header("Content-Language")?.Trim();
        var fast = FastTree(decoded, documentBase);
        if (fast is null && decoded.Utf8Unchecked)
        {
            // Refused, perhaps for bytes that are not UTF-8: the other paths need the checked decoding (and its
            // fallbacks to other encodings), and a document in another encoding may still suit the byte reader.
            decoded = FeedDecoder.Decode(content, contentType);
            fast = decoded.ValidUtf8.IsEmpty ? FastTree(decoded, documentBase) : null;
        }
        var problems = new List<string>(decoded.Problems);

        // 4. Build the element tree: valid UTF-8 straight from its bytes when the document keeps to the subset the
        // byte reader judges itself; else System.Xml's strict reader (over the raw bytes when they are plain UTF-8,
        // so the document is never decoded to a string); the lenient tokenizer when that refuses. Bytes the strict
        // reader refused are not offered to it again as text: the same document fails the same way.
        var tree = fast
            ?? (decoded.BytesAreUtf8 && StartsWithMarkup(content.Span)
                ? StrictTreeBuilder.TryBuild(content, documentBase) ?? BuildLenient(decoded.Text.TrimStart(), documentBase)
                : BuildFromText(decoded.Text.TrimStart(), documentBase));
        problems.AddRange(tree.Problems);
        if (tree.Root is null)
        {
            return Failed("not a feed: no XML element found", problems, decoded.Encoding);
        }

        // 5. Detect the format and run its parser.
        var (format, parse) = FormatDetector.Detect(tree.Root, () => decoded.Prolog);
        if (parse is null)
        {
            return Failed($"not a feed: root element <{tree.Root.LocalName}>", problems, decoded.Encoding);
        }
        var feed = new FeedBuilder();
        parse(tree.Root, feed);
        return feed.Build(format, decoded.Encoding, problems);
    }

    /// <summary>
    /// The byte reader's tree, or null when it leaves the document to System.Xml. A document in another encoding is
    /// read from its decoded text written back as UTF-8: encoding it again costs far less than System.Xml's reading of
    /// a string, and the tree is the one System.Xml builds from that text.
    /// </summary>
    internal static XmlTree? FastTree(DecodedFeed decoded, string? documentBase)
    {
        if (!decoded.ValidUtf8.IsEmpty)
        {
            return Utf8TreeBuilder.TryBuild(decoded.ValidUtf8, documentBase);
        }
        // Sized exactly, not rented: a pool would keep a buffer the size of the largest feed ever read.
        var text = decoded.Text.AsSpan().TrimStart();
        if (text.IsEmpty || text[0] != '<')
        {
            return null; // text before the first element: the byte reader would refuse it after the copy
        }
        var utf8 = new byte[System.Text.Encoding.UTF8.GetByteCount(text)];
        // Without replacement: a lone surrogate (which System.Xml refuses) must not become a U+FFFD it would accept.
        return Utf8.FromUtf16(text, utf8, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            ? Utf8TreeBuilder.TryBuild(utf8.AsMemory(0, written), documentBase, reencoded: true)
            : null;
    }

    private static XmlTree BuildFromText(string text, string? documentBase) =>
        StrictTreeBuilder.TryBuild(text, documentBase) ?? BuildLenient(text, documentBase);

    private static XmlTree BuildLenient(string text, string? documentBase) =>
        IllegalChars.Flag(LenientTreeBuilder.Build(text, documentBase), text);

    /// <summary>The document's base URI: Content-Location (resolved against the request URL), else the request URL.</summary>
    private static string? DocumentBase(FeedRequest? request)
    {
        var url = request?.Url;
        var location = request?.Header("Content-Location");
        var resolved = string.IsNullOrWhiteSpace(location) ? null : UrlResolver.Resolve(url, location);
        // A Content-Location that is not a web URL (javascript:, data:) is ignored rather than used as a base.
        return resolved is not null && (resolved.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || resolved.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ? resolved : url;
    }

    /// <summary>True when the bytes start with '&lt;' (after a UTF-8 BOM): whitespace before the XML declaration would fail System.Xml.</summary>
    private static bool StartsWithMarkup(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return bytes.Length > start && bytes[start] == (byte)'<';
    }

    private static bool LooksLikeJson(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        foreach (var b in bytes[start..])
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }
            return b == (byte)'{';
        }
        return false;
    }

    private static Feed Failed(string error, IReadOnlyList<string> problems, string? encoding = null) =>
        new() { Bozo = true, Problems = [.. problems, error], Error = error, Encoding = encoding };
}
