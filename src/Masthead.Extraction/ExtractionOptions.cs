using Masthead.Core;

namespace Masthead.Extraction;

/// <summary>Knobs of the extractor, with defaults in code. Limits default to <see cref="Limits"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Bytes past this are ignored (best effort on the head of the page).</summary>
    public int MaxPageBytes { get; init; } = Limits.MaxPageBytes;

    /// <summary>Elements nested deeper than this are flattened to their text.</summary>
    public int MaxNestingDepth { get; init; } = Limits.MaxNestingDepth;

    /// <summary>Body text past this many characters is dropped, whole blocks at a time.</summary>
    public int MaxArticleTextChars { get; init; } = Limits.MaxArticleTextChars;

    /// <summary>Whether per-host rules (embedded data files) are applied.</summary>
    public bool UseHostRules { get; init; } = true;

    /// <summary>Below this many characters of body text, a second, relaxed pass is tried (as Readability.js does).</summary>
    public int RetryBelowChars { get; init; } = 250;
}
