using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Masthead.Cli;

/// <summary>
/// How commands print machine-readable output: one JSON object per line, camelCase keys, nulls kept
/// (a contract field that is unknown prints as null rather than vanishing).
/// </summary>
public static class JsonLines
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // The output is data for other programs, not HTML: keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static void Write<T>(TextWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
    }
}
