using System.CommandLine;
using Masthead.Stories;

namespace Masthead.Cli;

/// <summary>
/// `masthead stories summarize FILE.jsonl` -> {"id","short","long"} lines. Extractive by default; with
/// --endpoint and --model an OpenAI-compatible server is asked first (key from the environment variable named
/// by --api-key-env, never from the command line), falling back to extractive on any failure.
/// </summary>
public static class StoriesSummarizeCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON-lines articles {id,url,outlet,title,text,published}; - for stdin" };
        var endpoint = new Option<string?>("--endpoint") { Description = "Base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1" };
        var model = new Option<string?>("--model") { Description = "Model name for --endpoint" };
        var keyEnv = new Option<string?>("--api-key-env") { Description = "Environment variable holding the API key" };
        var timeout = new Option<double?>("--timeout-seconds") { Description = "Per-article time limit for --endpoint (default 30)" };
        var command = new Command("summarize", "Short (<= 140 chars, whole phrase) and two-paragraph summaries.") { file, endpoint, model, keyEnv, timeout };
        command.SetAction(async (parse, ct) =>
        {
            var endpointText = parse.GetValue(endpoint);
            Uri? baseUrl = null;
            if (endpointText is not null && !Uri.TryCreate(endpointText, UriKind.Absolute, out baseUrl))
            {
                await Console.Error.WriteLineAsync($"--endpoint: not an absolute URL: {endpointText}").ConfigureAwait(false);
                return 2;
            }
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var summarizer = Create(baseUrl, parse.GetValue(model), parse.GetValue(keyEnv), parse.GetValue(timeout), http);
            using var reader = StoriesCommand.Open(parse.GetValue(file)!);
            foreach (var article in StoriesInput.Read(reader, Console.Error))
            {
                var summary = await summarizer.SummarizeAsync(article, ct).ConfigureAwait(false);
                if (summary.Note is { } note && note.StartsWith("extractive fallback", StringComparison.Ordinal))
                {
                    await Console.Error.WriteLineAsync($"{article.Id}: {note}").ConfigureAwait(false);
                }
                JsonLines.Write(Console.Out, new { id = article.Id, @short = summary.Short, @long = summary.Long });
            }
            return 0;
        });
        return command;
    }

    private static ISummarizer Create(Uri? endpoint, string? model, string? keyEnv, double? timeoutSeconds, HttpClient http)
    {
        if (endpoint is null || string.IsNullOrWhiteSpace(model))
        {
            return new ExtractiveSummarizer();
        }
        var key = keyEnv is null ? null : Environment.GetEnvironmentVariable(keyEnv);
        var options = new ChatCompletionsOptions(endpoint, model, key)
        {
            Timeout = timeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : new ChatCompletionsOptions(endpoint, model).Timeout,
        };
        return new ChatCompletionsSummarizer(http, options);
    }
}
