namespace Masthead.Cli;

/// <summary>Command-line PATH arguments to input files: a file as given, a folder as every *.html / *.htm under it, sorted by path.</summary>
public static class ExtractInputs
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
