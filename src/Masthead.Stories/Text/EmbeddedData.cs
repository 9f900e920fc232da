namespace Masthead.Stories;

/// <summary>Reads the hand-written data files embedded from Data/ (lexicons, stop words, gazetteer).</summary>
internal static class EmbeddedData
{
    public static string ReadText(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var stream = assembly.GetManifestResourceStream("Masthead.Stories.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded data file missing: {fileName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Non-empty lines, trimmed; lines starting with "//" are comments.</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        foreach (var raw in ReadText(fileName).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            {
                yield return line;
            }
        }
    }
}
