using System.CommandLine;
using Masthead.Stories;

namespace Masthead.Cli;

/// <summary>`masthead stories tag FILE.jsonl` -> {"id","hashtag","entities":[{"text","type","lat","lon"}]} lines.</summary>
public static class StoriesTagCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON-lines articles {id,url,outlet,title,text,published[,categories]}; - for stdin" };
        var hashtags = new Option<string?>("--hashtags") { Description = "Comma-separated channel list (default: the built-in twelve)" };
        var command = new Command("tag", "Give each article one hashtag and list the people, organisations and places it names.") { file, hashtags };
        command.SetAction(parse =>
        {
            var list = parse.GetValue(hashtags)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var tagger = new HashtagTagger(list);
            using var reader = StoriesCommand.Open(parse.GetValue(file)!);
            foreach (var article in StoriesInput.Read(reader, Console.Error))
            {
                var result = tagger.Tag(article);
                JsonLines.Write(Console.Out, new
                {
                    id = article.Id,
                    hashtag = result.Hashtag,
                    entities = result.Entities.Select(e => new { text = e.Text, type = e.Type, lat = e.Lat, lon = e.Lon }),
                });
            }
            return 0;
        });
        return command;
    }
}
