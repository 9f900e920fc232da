using System.Text;

namespace Masthead.Feeds.Decoding;

/// <summary>
/// Bytes to text for a feed. The encoding is chosen as RFC 3023 and XML 1.0 appendix F say (byte-order mark,
/// HTTP charset by media type, XML declaration), then each candidate is tried strictly and the first that
/// decodes wins; falling back from the declared encoding is a recoverable problem, as is a non-XML media type.
/// </summary>
internal static class FeedDecoder
{
    /// <param name="content">The document's bytes.</param>
    /// <param name="contentType">The HTTP Content-Type, if any.</param>
    /// <param name="checkUtf8">False to take a document that says it is UTF-8 at its word, unchecked
    /// (<see cref="DecodedFeed.Utf8Unchecked"/>): the byte reader checks every byte it reads, so a second full pass here
    /// first was spent on every feed. A caller that passes false decodes again, checked, when the byte reader refuses the
    /// document.</param>
    public static DecodedFeed Decode(ReadOnlyMemory<byte> content, string? contentType, bool checkUtf8 = true)
    {
        var bytes = content.Span;
        var problems = new List<string>();
        var bom = EncodingSniffer.FromBom(bytes, out var bomLength);
        var family = bom ?? EncodingSniffer.FromNullPattern(bytes);
        var declared = EncodingSniffer.FromDeclaration(bytes[bomLength..], family);
        var kind = MediaTypes.Classify(contentType, out var charset);
        if (kind == MediaTypes.Kind.Other)
        {
            problems.Add($"non-XML content type '{contentType}'");
        }
        var chosen = Choose(kind, charset, declared, family);
        var candidates = new List<string>(6);
        AddCandidate(candidates, chosen);
        AddCandidate(candidates, declared);
        AddCandidate(candidates, family);
        AddCandidate(candidates, "utf-8");
        // Past here nothing the server or the document named fits the bytes: a detector's guess comes before the
        // last resort, as feedparser's chardet step does (unless windows-1252 was named, and so already tried).
        var guessAt = candidates.Count;
        AddCandidate(candidates, "windows-1252");
        var body = bytes[bomLength..];
        if (candidates[0] == "utf-8" && (declared is null || EncodingNames.Normalize(declared) == "utf-8") && (!checkUtf8 || IsValidUtf8(body)))
        {
            return DecodedFeed.FromValidUtf8(content[bomLength..], problems, @checked: checkUtf8);
        }
        for (var i = 0; i < candidates.Count; i++)
        {
            var name = candidates[i];
            if (i == guessAt && LegacyCharsetDetector.Detect(body) is { } guess && TryDecode(body, guess.Decoder, out var guessed))
            {
                problems.Add($"document declared as {candidates[0]} but parsed as {guess.Reported}");
                return new DecodedFeed(C1Controls.Repair(guessed), guess.Reported, problems);
            }
            if (TryDecode(body, name, out var text))
            {
                if (name != candidates[0])
                {
                    problems.Add($"document declared as {candidates[0]} but parsed as {name}");
                }
                var plain = name == "utf-8" && (declared is null || EncodingNames.Normalize(declared) == "utf-8");
                var repaired = C1Controls.Repair(text);
                // Text that needed repair cannot be handed to the XML reader as raw bytes.
                return new DecodedFeed(repaired, name, problems, plain && ReferenceEquals(repaired, text));
            }
        }
        problems.Add("no encoding decodes the document; invalid bytes replaced");
        return new DecodedFeed(Encoding.UTF8.GetString(body), "utf-8", problems);
    }

    /// <summary>
    /// Valid UTF-8, so decoding would succeed on the first candidate: the string can wait. C1 controls (U+0080 to
    /// U+009F) do not force a decode: they are legal XML 1.0 characters, and the tree builders repair them in every
    /// text and attribute value they keep (<see cref="C1Controls.Repair"/>), as <see cref="DecodedFeed.Text"/> does.
    /// </summary>
    private static bool IsValidUtf8(ReadOnlySpan<byte> body) => System.Text.Unicode.Utf8.IsValid(body);

    private static string? Choose(MediaTypes.Kind kind, string? charset, string? declared, string? family)
    {
        // A byte-order mark or the UTF-16/32 null pattern overrides a declaration in an ASCII family.
        if (family is not null && family != "utf-8")
        {
            return family;
        }
        return kind switch
        {
            MediaTypes.Kind.ApplicationXml => charset ?? declared ?? family ?? "utf-8",
            MediaTypes.Kind.TextXml => charset ?? "us-ascii",
            _ => charset ?? declared ?? family ?? "utf-8",
        };
    }

    private static void AddCandidate(List<string> candidates, string? label)
    {
        if (label is null)
        {
            return;
        }
        var name = EncodingNames.Normalize(label);
        if (!candidates.Contains(name))
        {
            candidates.Add(name);
        }
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, string name, out string text)
    {
        text = "";
        var encoding = EncodingNames.Get(name);
        if (encoding is null)
        {
            return false;
        }
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
