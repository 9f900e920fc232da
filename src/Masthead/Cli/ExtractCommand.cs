using System.CommandLine;
using Masthead.Extraction;

namespace Masthead.Cli;

/// <summary>
/// <c>masthead extract [--url URL] [--json] PATH...</c>: extracts articles from saved pages. A PATH is a file or a
/// folder (every *.html / *.htm under it, sorted by path). A page that fails gives an "error" entry; the run goes on.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var url = new Option<string?>("--url") { Description = "The page's URL (for absolute links and per-host rules); applies to every PATH." };
        var json = new Option<bool>("--json") { Description = "One JSON object per input per line." };
        var paths = new Argument<string[]>("PATH") { Description = "HTML files or folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Extract article text and metadata from saved HTML pages.") { url, json, paths };
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], parseResult.GetValue(url), parseResult.GetValue(json), Console.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string? url, bool json, TextWriter output)
    {
        var extractor = new ArticleExtractor();
        var failures = 0;
        foreach (var file in ExtractInputs.Expand(paths))
        {
            var article = Extract(extractor, file, url);
            failures += article.Error is null ? 0 : 1;
            if (json)
            {
                JsonLines.Write(output, ExtractJsonLine.From(file, article));
            }
            else
            {
                ExtractTextRendering.Write(output, file, article);
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static ExtractedArticle Extract(ArticleExtractor extractor, string file, string? url)
    {
        try
        {
            return extractor.Extract(File.ReadAllBytes(file), url);
        }
        catch (IOException e)
        {
            return ExtractedArticle.Failed(url, $"cannot read file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return ExtractedArticle.Failed(url, $"cannot read file: {e.Message}");
        }
    }
}
