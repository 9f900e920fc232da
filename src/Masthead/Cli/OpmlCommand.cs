using System.CommandLine;
using System.Xml.Linq;
using Masthead.Configuration;
using Masthead.Crawling.Pipeline;

namespace Masthead.Cli;

/// <summary>
/// `masthead opml import FILE` adds the file's feeds as sources; `masthead opml export` prints the sources
/// as OPML 2.0 (http://opml.org/spec2.opml), grouped by category.
/// </summary>
public static class OpmlCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder (the store is DATA/masthead.db)", DefaultValueFactory = _ => CrawlSetup.DefaultDataFolder, Recursive = true };
        var command = new Command("opml", "Import sources from OPML, or export them as OPML.") { data };
        command.Subcommands.Add(Import(data));
        command.Subcommands.Add(Export(data));
        return command;
    }

    private static Command Import(Option<string> data)
    {
        var file = new Argument<string>("file") { Description = "An OPML file" };
        var command = new Command("import", "Add every feed of an OPML file as a source.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var (sources, error) = OpmlSources.Read(parse.GetValue(file)!);
            if (error is not null)
            {
                Console.Error.WriteLine($"{error}. Nothing was added.");
                return 2;
            }
            using var store = CrawlSetup.OpenStore(parse.GetValue(data)!);
            foreach (var source in sources)
            {
                await store.UpsertSourceAsync(SourceMapper.FromOptions(source), ct).ConfigureAwait(false);
            }
            JsonLines.Write(Console.Out, new { file = parse.GetValue(file), added = sources.Count });
            return 0;
        });
        return command;
    }

    private static Command Export(Option<string> data)
    {
        var title = new Option<string>("--title") { Description = "The OPML head title", DefaultValueFactory = _ => "Masthead sources" };
        var command = new Command("export", "Print the sources as OPML 2.0.") { title };
        command.SetAction(async (parse, ct) =>
        {
            using var store = CrawlSetup.OpenStore(parse.GetValue(data)!);
            var sources = await store.GetSourcesAsync(ct).ConfigureAwait(false);
            var groups = sources.GroupBy(s => s.Category ?? "").OrderBy(g => g.Key, StringComparer.Ordinal);
            var body = new XElement("body", groups.SelectMany(g => g.Key.Length == 0
                ? g.Select(Outline)
                : [new XElement("outline", new XAttribute("text", g.Key), new XAttribute("title", g.Key), g.Select(Outline))]));
            var opml = new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement("opml", new XAttribute("version", "2.0"),
                    new XElement("head", new XElement("title", parse.GetValue(title)), new XElement("dateCreated", DateTimeOffset.UtcNow.ToString("R"))),
                    body));
            Console.Out.WriteLine(opml.Declaration + Environment.NewLine + opml.Root);
            return 0;
        });
        return command;
    }

    private static XElement Outline(Crawling.Model.Source s) => new("outline",
        new XAttribute("type", "rss"), new XAttribute("text", s.Name), new XAttribute("title", s.Name), new XAttribute("xmlUrl", s.FeedUrl),
        s.SiteUrl is null ? null : new XAttribute("htmlUrl", s.SiteUrl));
}
