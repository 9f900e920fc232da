using System.CommandLine;
using Masthead.Stories;

namespace Masthead.Cli;

/// <summary>`masthead stories cluster FILE.jsonl` -> {"id","story"} lines, in input order (streaming).</summary>
public static class StoriesClusterCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON-lines articles {id,url,outlet,title,text,published}; - for stdin" };
        var threshold = new Option<double?>("--threshold") { Description = "Least similarity to join a story (default tuned)" };
        var windowHours = new Option<double?>("--window-hours") { Description = "Time window in hours (default 72)" };
        var command = new Command("cluster", "Assign each article to a story, streaming in input order.") { file, threshold, windowHours };
        command.SetAction(parse =>
        {
            var defaults = new StoryClusterOptions();
            var options = defaults with
            {
                Threshold = parse.GetValue(threshold) ?? defaults.Threshold,
                Window = parse.GetValue(windowHours) is { } h ? TimeSpan.FromHours(h) : defaults.Window,
            };
            var clusterer = new StoryClusterer(options);
            using var reader = StoriesCommand.Open(parse.GetValue(file)!);
            foreach (var article in StoriesInput.Read(reader, Console.Error))
            {
                JsonLines.Write(Console.Out, new { id = article.Id, story = clusterer.Add(article) });
            }
            return 0;
        });
        return command;
    }
}
