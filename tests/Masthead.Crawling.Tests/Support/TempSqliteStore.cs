using Masthead.Storage;
using Microsoft.Data.Sqlite;

namespace Masthead.Crawling.Tests.Support;

/// <summary>A fresh SQLite store in a temporary folder, deleted on dispose.</summary>
public sealed class TempSqliteStore : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "masthead-crawl-test-" + Guid.NewGuid().ToString("N"));

    public TempSqliteStore() => Store = new SqliteStore(Path.Combine(_folder, "masthead.db"));

    public SqliteStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
