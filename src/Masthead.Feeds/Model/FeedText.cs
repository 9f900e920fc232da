namespace Masthead.Feeds;

/// <summary>
/// A text construct with its detail (RFC 4287 section 3.1): the value (plain text, or sanitized HTML when
/// <see cref="Type"/> is text/html), its media type, and the xml:lang and xml:base in scope.
/// </summary>
public sealed record FeedText(string Value, string Type, string? Language, string? Base);
