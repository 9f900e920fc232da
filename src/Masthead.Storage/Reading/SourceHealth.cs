using Masthead.Crawling.Model;

namespace Masthead.Storage.Reading;

/// <summary>A source with what the sources page shows about its health.</summary>
public sealed record SourceHealth(Source Source, long Articles, long Fetches, long Failures, int? LastStatus, double? LastDurationMs)
{
    /// <summary>"ok", "failing" (errors since the last success) or "new" (never fetched).</summary>
    public string Status => Source.State.ErrorCount > 0 ? "failing" : Source.State.LastFetched is null ? "new" : "ok";
}
