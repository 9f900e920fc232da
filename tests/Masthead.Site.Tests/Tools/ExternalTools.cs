using System.Diagnostics;

namespace Masthead.Site.Tests.Tools;

/// <summary>The Debian tools the site tests drive: Chromium and Python's Universal Feed Parser.</summary>
public static class ExternalTools
{
    public const string Chromium = "chromium";
    public const string FeedParser = "feedparser";

    /// <summary>Debian's python3 (not a pyenv shim that lacks Debian's packages).</summary>
    public const string Python = "/usr/bin/python3";

    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool Available(string tool) => tool switch
    {
        Chromium => File.Exists(ChromiumPath),
        FeedParser => File.Exists(Python) && Run(Python, "", "-c", "import feedparser").ExitCode == 0,
        _ => false,
    };

    public static (int ExitCode, string Output, string Error) Run(string file, string input, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
