using System.CommandLine;
using Masthead.Storage;

namespace Masthead.Cli;

/// <summary>`masthead search QUERY`: full-text search of the store, one JSON line per hit, best first.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Words, \"a phrase\", outlet:NAME, tag:NAME" };
        var data = new Option<string>("--data") { Description = "Data folder (the store is DATA/masthead.db)", DefaultValueFactory = _ => "data" };
        var limit = new Option<int>("--limit") { Description = "Most hits", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { Description = "Hits to skip (paging)", DefaultValueFactory = _ => 0 };
        var command = new Command("search", "Search the stored articles (FTS5, BM25 ranking).") { query, data, limit, offset };
        command.SetAction(async (parse, ct) =>
        {
            var path = Path.Combine(parse.GetValue(data)!, "masthead.db");
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"No store at {path}: run `masthead serve` or `masthead crawl --once` first, or pass --data.").ConfigureAwait(false);
                return 2;
            }
            using var store = new SqliteStore(path);
            var page = await store.SearchAsync(parse.GetValue(query)!, parse.GetValue(limit), parse.GetValue(offset), ct).ConfigureAwait(false);
            foreach (var hit in page.Items)
            {
                JsonLines.Write(Console.Out, new
                {
                    id = hit.Article.Id,
                    title = hit.Article.Title,
                    outlet = hit.Article.Outlet,
                    url = hit.Article.Url,
                    published = hit.Article.Published,
                    hashtag = hit.Article.Hashtag,
                    rank = hit.Rank,
                    snippet = hit.Snippet.Replace(Storage.Reading.SearchHit.MarkStart, '[').Replace(Storage.Reading.SearchHit.MarkEnd, ']'),
                });
            }
            await Console.Error.WriteLineAsync($"{page.Total} hits").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
