namespace Masthead.Storage.Reading;

/// <summary>Totals for /metrics and the sources page.</summary>
public sealed record StoreCounts(long Articles, long Sources, long Stories, IReadOnlyList<FetchTotals> Fetches);

/// <summary>Fetch totals of one kind ("feed", "page", "robots").</summary>
public sealed record FetchTotals(string Kind, long Count, long Failures, double DurationMsSum);

/// <summary>A hashtag or outlet with how many articles carry it.</summary>
public sealed record NameCount(string Name, long Count, string? IconUrl = null);
