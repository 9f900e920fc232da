namespace Masthead.Stories;

/// <summary>
/// What the stories stage adds to an article: its canonical URL, the earlier article it copies (exact or near
/// duplicate; such an article is listed under the original, not shown on its own), its hashtag and entities,
/// its summary and its story.
/// </summary>
public sealed record EnrichedArticle(
    StoryArticle Article,
    string? CanonicalUrl,
    string? DuplicateOf,
    string Hashtag,
    IReadOnlyList<NamedEntity> Entities,
    Summary Summary,
    string StoryId);
