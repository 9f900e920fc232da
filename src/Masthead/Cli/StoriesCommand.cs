using System.CommandLine;

namespace Masthead.Cli;

/// <summary>`masthead stories ...`: the stories stage on JSON-lines files (cluster, tag, summarize).</summary>
public static class StoriesCommand
{
    public static Command Create() => new("stories", "Story clustering, hashtags and entities, summaries on JSON-lines articles.")
    {
        StoriesClusterCommand.Create(),
        StoriesTagCommand.Create(),
        StoriesSummarizeCommand.Create(),
    };

    /// <summary>Opens FILE, or standard input for "-".</summary>
    internal static TextReader Open(FileInfo file) =>
        file.Name == "-" ? Console.In : new StreamReader(file.FullName);
}
