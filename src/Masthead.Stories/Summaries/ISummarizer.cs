namespace Masthead.Stories;

/// <summary>Summarises one article. Implementations never throw for bad input or a failed backend: they degrade.</summary>
public interface ISummarizer
{
    Task<Summary> SummarizeAsync(StoryArticle article, CancellationToken ct = default);
}
