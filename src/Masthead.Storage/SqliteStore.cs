using Masthead.Crawling;
using Masthead.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace Masthead.Storage;

/// <summary>
/// The SQLite store: one database file in WAL mode (readers never block the writer), schema migrations
/// applied in order on open, FTS5 for search. Every call opens a pooled connection, so the store is safe to
/// share between crawler tasks and web requests; writes are serialised in-process so they never contend.
/// </summary>
public sealed partial class SqliteStore : ICrawlStore, IDisposable
{
    /// <summary>How long a statement waits on a lock held by another process before failing.</summary>
    private const int BusyTimeoutMs = 5000;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Opens (creating folder and file if needed) the database at <paramref name="databasePath"/> and migrates it.</summary>
    public SqliteStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
        using var connection = Open();
        // WAL is a property of the file (https://www.sqlite.org/wal.html): set once, kept by every later connection.
        Sql.Execute(connection, "PRAGMA journal_mode = WAL");
        Sql.Execute(connection, "PRAGMA synchronous = NORMAL");
        Migrator.Apply(connection);
    }

    public string DatabasePath { get; }

    /// <summary>The latest applied schema version.</summary>
    public int SchemaVersion
    {
        get
        {
            using var connection = Open();
            return (int)Sql.Scalar<long>(connection, "SELECT COALESCE(MAX(version), 0) FROM migrations");
        }
    }

    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Sql.Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMs}");
        return connection;
    }

    /// <summary>Runs a write under the in-process write lock, in one transaction.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            using var connection = Open();
            using var tx = connection.BeginTransaction();
            var result = work(connection, tx);
            tx.Commit();
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private Task<T> ReadAsync<T>(Func<SqliteConnection, T> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var connection = Open();
        return Task.FromResult(work(connection));
    }

    public void Dispose()
    {
        _writeLock.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
