namespace Masthead.Testing;

/// <summary>
/// Where the shared evaluation corpora live. Tests read them in place (never copied into the repo):
/// $MASTHEAD_CORPORA if set, else ../shared/corpora beside the work tree, found by walking up from
/// the test binary. With CI=true a missing corpus is a failure, not a skip.
/// </summary>
public static class Corpora
{
    private static readonly Lazy<string?> RootPath = new(Locate);

    /// <summary>The corpora folder, or null when it cannot be found.</summary>
    public static string? Root => RootPath.Value;

    /// <summary>True when running in CI (CI=true), where corpus tests are mandatory.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The absolute path of a file or folder under the corpora root; throws with a clear message when absent.</summary>
    public static string PathOf(string relative)
    {
        var root = Root ?? throw new InvalidOperationException(
            "The shared corpora were not found: set MASTHEAD_CORPORA or place them at ../shared/corpora beside the work tree.");
        var path = System.IO.Path.Combine(root, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new InvalidOperationException($"Corpus path missing: {path}");
        }
        return path;
    }

    /// <summary>True when <paramref name="relative"/> exists under the corpora root.</summary>
    public static bool Has(string relative)
    {
        var root = Root;
        if (root is null)
        {
            return false;
        }
        var path = System.IO.Path.Combine(root, relative);
        return File.Exists(path) || Directory.Exists(path);
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("MASTHEAD_CORPORA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(fromEnv) ? System.IO.Path.GetFullPath(fromEnv) : null;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "corpora");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
