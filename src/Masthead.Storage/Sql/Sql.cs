using Microsoft.Data.Sqlite;

namespace Masthead.Storage;

/// <summary>Small helpers that keep the command plumbing out of the store's queries.</summary>
internal static class Sql
{
    public static SqliteCommand Command(SqliteConnection connection, string text, SqliteTransaction? tx,
        params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = text;
        cmd.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return cmd;
    }

    public static int Execute(SqliteConnection connection, string text, SqliteTransaction? tx = null,
        params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(connection, text, tx, parameters);
        return cmd.ExecuteNonQuery();
    }

    public static T? Scalar<T>(SqliteConnection connection, string text, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(connection, text, null, parameters);
        var value = cmd.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<T> List<T>(SqliteConnection connection, string text, Func<SqliteDataReader, T> map,
        params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(connection, text, null, parameters);
        using var reader = cmd.ExecuteReader();
        var items = new List<T>();
        while (reader.Read())
        {
            items.Add(map(reader));
        }
        return items;
    }
}
