namespace Masthead.Crawling.Pipeline;

/// <summary>Turns a fetched feed document into entries (the feed library, behind the crawler's seam).</summary>
public interface IFeedReader
{
    FeedDocument Read(ReadOnlyMemory<byte> body, string url, IReadOnlyDictionary<string, string> headers);
}
