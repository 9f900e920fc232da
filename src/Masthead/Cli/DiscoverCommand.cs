using System.CommandLine;
using Masthead.Feeds;

namespace Masthead.Cli;

/// <summary>
/// `masthead discover URL-or-FILE`: the feeds a page advertises (&lt;link rel="alternate"&gt;), then the usual
/// paths to probe. A FILE is parsed as HTML (give --url for its address); a URL is not fetched here: network
/// fetching belongs to the crawler, so the command says so and prints the candidate paths for that URL.
/// </summary>
public static class DiscoverCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("URL-or-FILE") { Description = "An HTML file, or a site URL" };
        var url = new Option<string?>("--url") { Description = "The page URL of FILE (base for relative links)" };
        var command = new Command("discover", "Find the feeds of a web page.") { target, url };
        command.SetAction(parse =>
        {
            var value = parse.GetValue(target)!;
            if (File.Exists(value))
            {
                var pageUrl = parse.GetValue(url) ?? "http://localhost/";
                var feeds = FeedDiscovery.FromHtml(File.ReadAllText(value), pageUrl);
                foreach (var feed in feeds)
                {
                    JsonLines.Write(Console.Out, new { source = "link", url = feed.Url, title = feed.Title, type = feed.Type });
                }
                WriteCandidates(pageUrl, feeds.Count == 0);
                return 0;
            }
            if (!Uri.TryCreate(value, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"discover: '{value}' is neither a file nor an http(s) URL");
                return 2;
            }
            Console.Error.WriteLine("discover: network fetching is not done by this command (the crawler fetches); listing the usual feed paths to probe for this URL. Save the page and pass the FILE with --url to read its <link rel=\"alternate\"> feeds.");
            WriteCandidates(value, true);
            return 0;
        });
        return command;
    }

    private static void WriteCandidates(string pageUrl, bool print)
    {
        if (!print)
        {
            return;
        }
        foreach (var path in FeedDiscovery.CommonPaths)
        {
            JsonLines.Write(Console.Out, new { source = "common-path", url = new Uri(new Uri(pageUrl), path).AbsoluteUri, title = (string?)null, type = (string?)null });
        }
    }
}
