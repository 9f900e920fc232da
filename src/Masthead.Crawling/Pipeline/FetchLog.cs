using Masthead.Crawling.Fetching;
using Masthead.Crawling.Model;

namespace Masthead.Crawling.Pipeline;

/// <summary>Turns fetch results into fetch-history lines.</summary>
public static class FetchLog
{
    public static FetchRecord ToRecord(FetchResult result, string kind, long? sourceId, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new FetchRecord
        {
            SourceId = sourceId,
            Url = result.Url,
            Kind = kind,
            StartedAt = startedAt,
            Duration = result.Duration,
            Status = result.Status,
            Bytes = result.WireBytes,
            Error = result.Error,
        };
    }
}
