using System.CommandLine;
using System.Text.Json;
using Masthead.Feeds;
using Masthead.Feeds.Compat;

namespace Masthead.Cli;

/// <summary>
/// `masthead feed parse [--url URL] [--header "Name: value"]... [--format masthead|feedparser] PATH...` and
/// `masthead feed parse --format F --batch MANIFEST.jsonl`: one JSON line per input, in order. Headers act as
/// the response headers of a fetch (charset, Content-Location, ETag, Last-Modified).
/// </summary>
public static class FeedParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Feed files", Arity = ArgumentArity.ZeroOrMore };
        var url = new Option<string?>("--url") { Description = "The URL the document was fetched from (base for relative URLs)" };
        var header = new Option<string[]>("--header") { Description = "A response header, \"Name: value\" (repeatable)", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "masthead (Masthead's model) or feedparser (Universal Feed Parser's layout)", DefaultValueFactory = _ => "masthead" };
        format.AcceptOnlyFromAmong("masthead", "feedparser");
        var batch = new Option<string?>("--batch") { Description = "A JSON-lines manifest: {\"path\", \"url\", \"headers\"} per line" };
        var command = new Command("parse", "Parse feed files and print one JSON line per input.") { paths, url, header, format, batch };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(batch) is { } manifest
                ? FeedInput.FromManifest(manifest)
                : (parse.GetValue(paths) ?? []).Select(p => new FeedInput(p, new FeedRequest { Url = parse.GetValue(url), Headers = FeedInput.Headers(parse.GetValue(header)) }));
            var feedparser = parse.GetValue(format) == "feedparser";
            foreach (var input in inputs)
            {
                Write(input, feedparser);
            }
            return 0;
        });
        return command;
    }

    private static void Write(FeedInput input, bool feedparser)
    {
        if (!File.Exists(input.Path))
        {
            JsonLines.Write(Console.Out, new { path = input.Path, error = "file not found" });
            return;
        }
        var feed = FeedParser.Parse(File.ReadAllBytes(input.Path), input.Request);
        if (feedparser)
        {
            var json = FeedparserLayout.Render(feed, input.Request);
            json["path"] = input.Path;
            Console.Out.WriteLine(json.ToJsonString(JsonLines.Options));
            return;
        }
        Console.Out.WriteLine(JsonSerializer.Serialize(new { path = input.Path, feed }, JsonLines.Options));
    }
}
