using Masthead.Crawling.Channel;

namespace Masthead.Configuration;

/// <summary>A loaded channel, or the reasons it could not be loaded (one operator-readable line each).</summary>
public sealed record ChannelLoadResult(ChannelOptions? Options, IReadOnlyList<string> Errors)
{
    /// <summary>True when the configuration listed no sources and the starter list was put in.</summary>
    public bool UsesStarterSources { get; init; }

    public bool Ok => Options is not null && Errors.Count == 0;
}
