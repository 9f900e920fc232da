using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Masthead.Core.Text;

namespace Masthead.Extraction.Parsing;

/// <summary>
/// Bytes to a bounded DOM: cut at the byte limit, reject what is plainly not HTML, decode with the
/// WHATWG charset order (<see cref="Charsets"/>), parse with AngleSharp, then flatten over-deep nesting.
/// </summary>
internal static class PageLoader
{
    private const int SniffBytes = 4096;

    public static LoadedPage Load(ReadOnlySpan<byte> bytes, string? contentType, ExtractionOptions options)
    {
        if (bytes.IsEmpty)
        {
            return LoadedPage.Fail("empty page: no bytes");
        }
        string? note = null;
        if (bytes.Length > options.MaxPageBytes)
        {
            note = $"page cut at Limits.MaxPageBytes ({options.MaxPageBytes} bytes) of {bytes.Length}";
            bytes = bytes[..options.MaxPageBytes];
        }
        var refusal = ContentSniffer.Refuse(bytes[..Math.Min(bytes.Length, SniffBytes)], contentType);
        if (refusal is not null)
        {
            return LoadedPage.Fail(refusal);
        }
        var text = Charsets.DecodeHtml(bytes, contentType, out _);
        if (!ContentSniffer.LooksLikeMarkup(text))
        {
            return LoadedPage.Fail("not HTML: no markup found in the page");
        }
        var document = Reparse(text, options, out var flattened);
        if (flattened)
        {
            note = Join(note, $"elements nested deeper than Limits.MaxNestingDepth ({options.MaxNestingDepth}) were flattened");
        }
        return new LoadedPage(document, null, note) { Text = text };
    }

    /// <summary>Parses decoded text into a depth-bounded document (also used for a second, relaxed pass).</summary>
    public static IHtmlDocument Reparse(string text, ExtractionOptions options, out bool flattened)
    {
        var bounded = NestingLimiter.Limit(text, options.MaxNestingDepth, out var limited);
        var document = Parse(bounded);
        flattened = DepthGuard.Flatten(document, options.MaxNestingDepth) || limited;
        return document;
    }

    /// <summary>A fresh parser per page: AngleSharp parsers hold per-parse state.</summary>
    public static IHtmlDocument Parse(string text)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });
        return parser.ParseDocument(text);
    }

    private static string Join(string? a, string b) => a is null ? b : a + "; " + b;
}

/// <summary>The outcome of loading a page: a document, or the reason there is none.</summary>
internal sealed record LoadedPage(IHtmlDocument? Document, string? Error, string? Note)
{
    /// <summary>The decoded page text.</summary>
    public string Text { get; init; } = string.Empty;

    public static LoadedPage Fail(string error) => new(null, error, null);
}
