namespace Masthead.Feeds.Decoding;

/// <summary>Decoded document text, the encoding name used, and decoding problems (bozo reasons).</summary>
internal sealed record DecodedFeed(string Text, string Encoding, IReadOnlyList<string> Problems);
