using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Masthead.Crawling.Channel;
using Masthead.Storage;
using Masthead.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Site.Tests;

/// <summary>
/// What every site fixture needs: a temporary SQLite store, then a real Kestrel site over it on 127.0.0.1 (any
/// free port) and a real HttpClient; disposed in the reverse order, the folder removed last.
/// Fixtures seed <see cref="Store"/> before <see cref="StartAsync"/> and add their own services through the options.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly string _folder;
    private WebApplication? _app;

    public TestSite(string name)
    {
        _folder = Path.Combine(Path.GetTempPath(), $"masthead-{name}-{Guid.NewGuid():N}");
        Store = new SqliteStore(Path.Combine(_folder, "masthead.db"));
    }

    public SqliteStore Store { get; }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The site's address, e.g. http://127.0.0.1:41234 (set by <see cref="StartAsync"/>).</summary>
    public string BaseAddress { get; private set; } = "";

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("the site is not started");

    /// <summary>Starts the site for <paramref name="channel"/> over <see cref="Store"/>, on loopback, logging off.</summary>
    public async Task StartAsync(ChannelOptions channel, Action<IServiceCollection>? configureServices = null)
    {
        _app = SiteHost.Build(new SiteHostOptions
        {
            Channel = channel,
            Store = Store,
            Urls = "http://127.0.0.1:0",
            Logging = false,
            ConfigureServices = configureServices,
        });
        await _app.StartAsync();
        BaseAddress = SiteHost.Addresses(_app).Single();
        Client = new HttpClient { BaseAddress = new Uri(BaseAddress) };
    }

    public async Task<IHtmlDocument> Page(string path) => new HtmlParser().ParseDocument(await Client.GetStringAsync(path));

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
