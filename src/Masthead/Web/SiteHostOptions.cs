using Masthead.Crawling.Channel;
using Masthead.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web;

/// <summary>What the web host is started with: the channel, an open store, where to listen, and optional extra services (the background crawl).</summary>
public sealed record SiteHostOptions
{
    public required ChannelOptions Channel { get; init; }

    public required SqliteStore Store { get; init; }

    /// <summary>Kestrel URLs, e.g. "http://localhost:5000" or "http://127.0.0.1:0" (any free port).</summary>
    public string Urls { get; init; } = "http://localhost:5000";

    /// <summary>Registers more services (the crawler's hosted service); null for a site that only serves.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>What the media endpoint fetches images through (the replay archive's handler under --replay); null for the guarded network.</summary>
    public HttpMessageHandler? MediaHandler { get; init; }

    /// <summary>Log requests and start-up to the console (off in tests and benchmarks).</summary>
    public bool Logging { get; init; } = true;
}
