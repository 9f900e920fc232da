namespace Masthead.Storage.Reading;

/// <summary>
/// One search result. <see cref="TitleMarked"/> and <see cref="Snippet"/> are plain text in which a match is
/// wrapped in <see cref="MarkStart"/> and <see cref="MarkEnd"/>: the caller encodes the text first and only then
/// turns the marks into &lt;mark&gt; (so stored text can never become markup).
/// </summary>
public sealed record SearchHit(ArticleSummary Article, string TitleMarked, string Snippet, double Rank)
{
    public const char MarkStart = '\u0002';

    public const char MarkEnd = '\u0003';
}
