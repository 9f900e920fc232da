using Masthead.Crawling.Channel;
using Masthead.Crawling.Model;
using Masthead.Storage;
using Masthead.Web;
using Masthead.Web.Media;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Site.Tests.Media;

/// <summary>A site whose crawler may reach loopback (the operator allowed it), over an article whose images live on <see cref="ImageOrigin"/>.</summary>
public sealed class MediaFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "masthead-media-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public ImageOrigin Origin { get; private set; } = null!;

    public SqliteStore Store { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public MediaSigner Signer { get; private set; } = null!;

    public Article Article { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Origin = await ImageOrigin.StartAsync();
        var channel = new ChannelOptions { Name = "The Media Gazette", TimeZone = "UTC" };
        channel.Crawler.AllowPrivateAddresses = true;
        channel.Crawler.MinDelayPerHostMs = 0;
        Store = new SqliteStore(Path.Combine(_folder, "masthead.db"));
        var source = await Store.UpsertSourceAsync(new Source { FeedUrl = Origin.BaseAddress + "/feed", Name = "Loop News", IconUrl = Origin.BaseAddress + "/img/icon.png" });
        Article = await Store.SaveArticleAsync(new Article
        {
            SourceId = source.Id,
            Outlet = "Loop News",
            Url = Origin.BaseAddress + "/story",
            CanonicalUrl = Origin.BaseAddress + "/story",
            Title = "A story with a picture",
            Published = DateTimeOffset.UtcNow.AddHours(-1),
            FetchedAt = DateTimeOffset.UtcNow.AddHours(-1),
            Image = Origin.BaseAddress + "/img/a.png",
            ImageAlt = "The picture",
            Excerpt = "A picture.",
            Text = "A picture.",
            Html = "<p>A picture.</p><figure><img src=\"" + Origin.BaseAddress + "/img/a.png\" srcset=\"" + Origin.BaseAddress + "/img/a.png 2x\" alt=\"inline\"></figure>",
            Hashtag = "#politics",
        });
        _app = SiteHost.Build(new SiteHostOptions { Channel = channel, Store = Store, Urls = "http://127.0.0.1:0", Logging = false });
        await _app.StartAsync();
        Signer = _app.Services.GetRequiredService<MediaSigner>();
        Client = new HttpClient { BaseAddress = new Uri(SiteHost.Addresses(_app).Single()) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Store?.Dispose();
        await Origin.DisposeAsync();
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
