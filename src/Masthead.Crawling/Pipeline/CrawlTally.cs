namespace Masthead.Crawling.Pipeline;

/// <summary>Thread-safe counters of one refresh pass, frozen into a <see cref="CrawlReport"/> at the end.</summary>
public sealed class CrawlTally
{
    private int _sources;
    private int _feedsFailed;
    private int _feedsNotModified;
    private int _newEntries;
    private int _stored;
    private int _fromFeedOnly;
    private int _duplicates;
    private int _filtered;
    private int _robotsBlocked;

    public void Source() => Interlocked.Increment(ref _sources);

    public void FeedFailed() => Interlocked.Increment(ref _feedsFailed);

    public void FeedNotModified() => Interlocked.Increment(ref _feedsNotModified);

    public void NewEntry() => Interlocked.Increment(ref _newEntries);

    public void Stored(bool fromFeedOnly)
    {
        Interlocked.Increment(ref _stored);
        if (fromFeedOnly)
        {
            Interlocked.Increment(ref _fromFeedOnly);
        }
    }

    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    public void Filtered() => Interlocked.Increment(ref _filtered);

    public void RobotsBlocked() => Interlocked.Increment(ref _robotsBlocked);

    public CrawlReport Freeze(TimeSpan duration, IReadOnlyList<string> errors) => new()
    {
        Sources = _sources,
        FeedsFailed = _feedsFailed,
        FeedsNotModified = _feedsNotModified,
        NewEntries = _newEntries,
        ArticlesStored = _stored,
        FromFeedOnly = _fromFeedOnly,
        Duplicates = _duplicates,
        Filtered = _filtered,
        RobotsBlocked = _robotsBlocked,
        Duration = duration,
        Errors = errors,
    };
}
