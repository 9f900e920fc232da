namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>One shared field on which Masthead and gofeed's expectation differ; Reason is set when the disagreement is documented.</summary>
public sealed record GofeedDifference(string Case, string Field, string Expected, string Actual, string? Reason);
