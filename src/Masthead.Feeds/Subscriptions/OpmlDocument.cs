namespace Masthead.Feeds;

/// <summary>A parsed OPML subscription list (OPML 1.0 and 2.0, http://opml.org/spec2.opml).</summary>
public sealed record OpmlDocument
{
    public string? Title { get; init; }

    public IReadOnlyList<OpmlSubscription> Subscriptions { get; init; } = [];

    /// <summary>Outlines of type include (or links to .opml files): other subscription lists.</summary>
    public IReadOnlyList<OpmlLink> Lists { get; init; } = [];

    /// <summary>Outlines with a site URL but no feed URL: candidates for feed discovery.</summary>
    public IReadOnlyList<OpmlLink> Opportunities { get; init; } = [];

    /// <summary>opml1, opml2, or opml when the version is missing or unknown.</summary>
    public string Version { get; init; } = "opml";

    public string? OwnerName { get; init; }

    public string? OwnerEmail { get; init; }

    public string? OwnerId { get; init; }

    public string? Created { get; init; }

    public DateTimeOffset? CreatedParsed { get; init; }

    public string? Modified { get; init; }

    public DateTimeOffset? ModifiedParsed { get; init; }

    public bool Bozo { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    public string? Error { get; init; }
}
