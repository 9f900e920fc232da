namespace Masthead.Storage.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void Open_CreatesFolderAndFile_InWalModeAtLatestVersion()
    {
        using var temp = new TempStore();
        Assert.True(File.Exists(temp.Store.DatabasePath));
        Assert.Equal(Migrations.Migrator.Scripts.Count, temp.Store.SchemaVersion);
        using var c = temp.Store.Open();
        Assert.Equal("wal", Sql.Scalar<string>(c, "PRAGMA journal_mode"));
        Assert.Equal(5000L, Sql.Scalar<long>(c, "PRAGMA busy_timeout"));
    }

    [Fact]
    public void Reopen_AppliesNoMigrationTwice()
    {
        using var temp = new TempStore();
        using (var second = new SqliteStore(temp.Store.DatabasePath))
        {
            Assert.Equal(Migrations.Migrator.Scripts.Count, second.SchemaVersion);
        }
        using var c = temp.Store.Open();
        Assert.Equal((long)Migrations.Migrator.Scripts.Count, Sql.Scalar<long>(c, "SELECT COUNT(*) FROM migrations"));
    }

    [Fact]
    public void Migrations_AreNumberedInOrderWithoutGaps()
    {
        var versions = Migrations.Migrator.Scripts.Select(s => s.Version).ToList();
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }

    [Theory]
    [InlineData("sources")]
    [InlineData("articles")]
    [InlineData("entries")]
    [InlineData("fetches")]
    [InlineData("stories")]
    [InlineData("digests")]
    [InlineData("articles_fts")]
    public void Schema_HasTable(string table)
    {
        using var temp = new TempStore();
        using var c = temp.Store.Open();
        Assert.Equal(1L, Sql.Scalar<long>(c, "SELECT COUNT(*) FROM sqlite_master WHERE name = $n", ("$n", table)));
    }

    [Fact]
    public void Fts5_IsAvailableInTheBundledSqlite()
    {
        using var temp = new TempStore();
        using var c = temp.Store.Open();
        Assert.Equal(1L, Sql.Scalar<long>(c, "SELECT sqlite_compileoption_used('ENABLE_FTS5')"));
    }
}
