using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Masthead.Storage;

/// <summary>Conversions between stored column values and the model: Unix milliseconds, JSON lists, nullables.</summary>
internal static class Columns
{
    public static long? Millis(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset? Time(SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(i));
    }

    public static string? Text(SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetString(i);
    }

    public static long? Long(SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetInt64(i);
    }

    public static bool Bool(SqliteDataReader r, string column) => r.GetInt64(r.GetOrdinal(column)) != 0;

    public static string Json<T>(T value) => JsonSerializer.Serialize(value);

    public static T FromJson<T>(SqliteDataReader r, string column, T fallback)
    {
        var text = Text(r, column);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }
        return JsonSerializer.Deserialize<T>(text) ?? fallback;
    }
}
