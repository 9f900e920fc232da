namespace Masthead.Stories;

/// <summary>
/// An article inside the clustering window: its L2-normalised TF-IDF vector (headline and body), the body's own
/// vector, and its story.
/// </summary>
internal sealed record WindowArticle(long Sequence, SparseVector Vector, SparseVector Body, int Story, DateTimeOffset? Published);
