namespace Masthead.Stories;

/// <summary>
/// A short summary (a whole phrase of at most <see cref="ShortPhrase.MaxChars"/> characters) and a long one of two
/// paragraphs separated by a blank line. <see cref="Note"/> says how it was made when that matters
/// ("extractive fallback: timeout"): failures are data, not exceptions.
/// </summary>
public sealed record Summary(string Short, string Long)
{
    public string? Note { get; init; }
}
