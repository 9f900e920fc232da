namespace Masthead.Stories;

/// <summary>
/// Knobs of the streaming clusterer, with defaults tuned on basil-dev only (see the README figures).
/// </summary>
public sealed record StoryClusterOptions
{
    /// <summary>Two articles further apart in publication time than this are never one story.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Most articles kept in the window; the oldest are forgotten first.</summary>
    public int MaxWindowArticles { get; init; } = 200_000;

    /// <summary>Least similarity (TF-IDF cosine plus entity bonus) to join an earlier article's story.</summary>
    public double Threshold { get; init; } = 0.28;

    /// <summary>How many times the headline's terms count against the body's.</summary>
    public int TitleWeight { get; init; } = 3;

    /// <summary>Body words read: the lead carries the event; later paragraphs drift to background.</summary>
    public int MaxBodyWords { get; init; } = 400;

    /// <summary>Weight of a shared proper name (a capitalised term) relative to a common word.</summary>
    public double NameBoost { get; init; } = 2.0;

    /// <summary>Terms of the new article looked up in the inverted index (its heaviest ones).</summary>
    public int QueryTerms { get; init; } = 30;

    /// <summary>Candidates whose exact similarity is computed after the index pass.</summary>
    public int Candidates { get; init; } = 20;

    /// <summary>A term in more than this share of the window's articles is too common to propose candidates.</summary>
    public double MaxPostingShare { get; init; } = 0.01;

    /// <summary>Least cosine of the two bodies alone (when both have one) for articles to be one story.</summary>
    public double MinBodySimilarity { get; init; } = 0.05;

    /// <summary>Articles with fewer distinct terms than this always open their own story (too little to compare).</summary>
    public int MinTerms { get; init; } = 3;
}
