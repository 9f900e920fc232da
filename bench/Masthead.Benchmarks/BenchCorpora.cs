namespace Masthead.Benchmarks;

/// <summary>Where the shared corpora are: $MASTHEAD_CORPORA, else the first shared/corpora above the benchmark binary.</summary>
internal static class BenchCorpora
{
    public static string Root()
    {
        var fromEnv = Environment.GetEnvironmentVariable("MASTHEAD_CORPORA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("corpora not found: set MASTHEAD_CORPORA");
    }
}
