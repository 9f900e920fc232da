using Masthead.Crawling.Model;

namespace Masthead.Storage.Tests;

/// <summary>A store on a fresh temporary file, deleted afterwards; plus builders for test records.</summary>
public sealed class TempStore : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "masthead-store-" + Guid.NewGuid().ToString("N"));

    public TempStore()
    {
        Store = new SqliteStore(Path.Combine(_folder, "nested", "masthead.db"));
    }

    public SqliteStore Store { get; }

    public static Source Source(string feedUrl = "https://example.com/feed.xml", string name = "Example News") =>
        new() { FeedUrl = feedUrl, Name = name, SiteUrl = "https://example.com/", Include = ["a"], Exclude = ["b", "c"] };

    public static Article Article(string url, string title = "A headline", string text = "Some body text.",
        string outlet = "Example News", DateTimeOffset? published = null, string? hashtag = "#politics") => new()
        {
            Outlet = outlet,
            Url = url,
            CanonicalUrl = url,
            Title = title,
            Text = text,
            Html = "<p>" + text + "</p>",
            Published = published ?? new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero),
            FetchedAt = new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero),
            Hashtag = hashtag,
        };

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A lingering WAL handle on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
