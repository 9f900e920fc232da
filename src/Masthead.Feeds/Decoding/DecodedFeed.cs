namespace Masthead.Feeds.Decoding;

/// <summary>Decoded document text, the encoding name used, and decoding problems (bozo reasons).</summary>
/// <param name="BytesAreUtf8">True when the raw bytes may be handed to an XML reader as they are: UTF-8, and the XML declaration names UTF-8 or nothing.</param>
internal sealed record DecodedFeed(string Text, string Encoding, IReadOnlyList<string> Problems, bool BytesAreUtf8 = false);
