using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Masthead.Storage.Migrations;

/// <summary>
/// Applies the embedded schema scripts (Migrations/NNNN_name.sql) in order, each in its own transaction,
/// recording every applied version in the migrations table so a script runs once per database.
/// </summary>
internal static class Migrator
{
    private const string Prefix = "Masthead.Storage.Migrations.";

    /// <summary>The scripts in the assembly, ordered by version.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = Load();

    public static int Apply(SqliteConnection connection)
    {
        Sql.Execute(connection, """
            CREATE TABLE IF NOT EXISTS migrations (
                version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)
            """);
        var applied = AppliedVersions(connection);
        var count = 0;
        foreach (var (version, name, sql) in Scripts.Where(s => !applied.Contains(s.Version)))
        {
            using var tx = connection.BeginTransaction();
            Sql.Execute(connection, sql, tx);
            Sql.Execute(connection, "INSERT INTO migrations (version, name, applied_at) VALUES ($v, $n, $t)", tx,
                ("$v", version), ("$n", name), ("$t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            tx.Commit();
            count++;
        }
        return count;
    }

    private static HashSet<int> AppliedVersions(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT version FROM migrations";
        using var reader = cmd.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }
        return versions;
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = typeof(Migrator).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^4])
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => (int.Parse(n[..4], System.Globalization.CultureInfo.InvariantCulture), n, Read(assembly, Prefix + n + ".sql")))];
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded migration {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
