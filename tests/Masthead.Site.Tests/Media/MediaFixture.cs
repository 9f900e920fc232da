using Masthead.Crawling.Channel;
using Masthead.Crawling.Model;
using Masthead.Storage;
using Masthead.Web.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Site.Tests.Media;

/// <summary>A site whose crawler may reach loopback (the operator allowed it), over an article whose images live on <see cref="ImageOrigin"/>.</summary>
public sealed class MediaFixture : IAsyncLifetime
{
    private readonly TestSite _site = new("media");

    public ImageOrigin Origin { get; private set; } = null!;

    public SqliteStore Store => _site.Store;

    public HttpClient Client => _site.Client;

    public MediaSigner Signer { get; private set; } = null!;

    public Article Article { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Origin = await ImageOrigin.StartAsync();
        var channel = new ChannelOptions { Name = "The Media Gazette", TimeZone = "UTC" };
        channel.Crawler.AllowPrivateAddresses = true;
        channel.Crawler.MinDelayPerHostMs = 0;
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
        await _site.StartAsync(channel);
        Signer = _site.Services.GetRequiredService<MediaSigner>();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await Origin.DisposeAsync();
    }
}
