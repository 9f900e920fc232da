using System.Text.Json;
using Masthead.Crawling.Channel;

namespace Masthead.Configuration;

/// <summary>
/// The default channel's sources: about thirty public news feeds across the spectrum (wires, US left,
/// centre and right, international), kept as data in starter-sources.json. Only excerpts are shown
/// (FullText false) until the operator has permission to republish.
/// </summary>
public static class StarterSources
{
    public static IReadOnlyList<SourceOptions> Load()
    {
        using var stream = typeof(StarterSources).Assembly.GetManifestResourceStream("Masthead.Configuration.starter-sources.json")
            ?? throw new InvalidOperationException("The starter source list is missing from the assembly.");
        return JsonSerializer.Deserialize<List<SourceOptions>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
    }
}
