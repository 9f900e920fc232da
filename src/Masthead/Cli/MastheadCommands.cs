using System.CommandLine;

namespace Masthead.Cli;

/// <summary>
/// The command tree. Each feature owns one file under Cli/ with a static Create() that builds its
/// command; this is the only place that lists them. The names and JSON shapes are a contract
/// (documented in README.md): keep them stable.
/// </summary>
public static class MastheadCommands
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Masthead: a self-hosted news site engine (feeds -> articles -> stories -> site).");
        var bench = new Command("bench", "Throughput benchmarks that print medians and a same-run baseline.");
        bench.Subcommands.Add(BenchStoriesCommand.Create());
        bench.Subcommands.Add(BenchFeedsCommand.Create());
        bench.Subcommands.Add(BenchSiteCommand.Create());
        bench.Subcommands.Add(BenchExtractCommand.Create());
        root.Subcommands.Add(bench);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(CrawlCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(OpmlCommand.Create());
        bench.Subcommands.Add(BenchCrawlCommand.Create());
        root.Subcommands.Add(FeedCommand.Create());
        root.Subcommands.Add(DiscoverCommand.Create());
        root.Subcommands.Add(SitemapCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(DigestCommand.Create());
        return root;
    }
}
