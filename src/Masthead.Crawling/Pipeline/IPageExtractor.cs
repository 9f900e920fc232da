namespace Masthead.Crawling.Pipeline;

/// <summary>Turns a fetched page into an article (the extraction library, behind the crawler's seam).</summary>
public interface IPageExtractor
{
    PageContent Extract(ReadOnlyMemory<byte> page, string url, string? contentType);
}
