using System.CommandLine;
using Masthead.Feeds;

namespace Masthead.Cli;

/// <summary>`masthead sitemap parse FILE`: one JSON line with the sitemap's URLs (news fields included) or index children.</summary>
public static class SitemapCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A sitemap (XML, gzip, text) or sitemap index" };
        var parseCommand = new Command("parse", "Parse a sitemap file and print it as one JSON line.") { file };
        parseCommand.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                JsonLines.Write(Console.Out, new { path, error = "file not found" });
                return 1;
            }
            JsonLines.Write(Console.Out, new { path, sitemap = Sitemaps.Parse(File.ReadAllBytes(path)) });
            return 0;
        });
        return new Command("sitemap", "Sitemaps and sitemap indexes (news and gzip included).") { parseCommand };
    }
}
