namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>A documented disagreement: the case, the field, and why gofeed's expectation is not Masthead's.</summary>
public sealed record GofeedDisagreement(string Case, string Field, string Reason);
