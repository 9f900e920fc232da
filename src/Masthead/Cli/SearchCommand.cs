using System.CommandLine;
using Masthead.Storage;

namespace Masthead.Cli;

/// <summary>`masthead search QUERY`: full-text search of the store, one JSON line per hit, best first.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Words, \"a phrase\", outlet:NAME, tag:NAME" };
        var data = new Option<string>("--data") { Description = "Data folder (the store is DATA/masthead.db)", DefaultValueFactory = _ => CrawlSetup.DefaultDataFolder };
        var limit = new Option<int>("--limit") { Description = "Most hits", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { Description = "Hits to skip (paging)", DefaultValueFactory = _ => 0 };
        var command = new Command("search", "Search the stored articles (FTS5, BM25 ranking).") { query, data, limit, offset };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await CrawlSetup.OpenExistingStoreAsync(parse.GetValue(data)!).ConfigureAwait(false);
            if (store is null)
            {
                return 2;
            }
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
