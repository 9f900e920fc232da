namespace Masthead.Stories;

/// <summary>The one hashtag chosen for an article and the named entities it mentions.</summary>
public sealed record TagResult(string Hashtag, IReadOnlyList<NamedEntity> Entities);
