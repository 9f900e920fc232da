using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Masthead.Site.Tests.Media;

/// <summary>A loopback "outlet" serving a PNG, an SVG and an HTML page, counting the requests per path.</summary>
public sealed class ImageOrigin : IAsyncDisposable
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private readonly WebApplication _app;

    private ImageOrigin(WebApplication app) => _app = app;

    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public string BaseAddress { get; private set; } = "";

    public static async Task<ImageOrigin> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var origin = new ImageOrigin(app);
        app.Use(async (http, next) =>
        {
            origin.Hits.AddOrUpdate(http.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            await next(http);
        });
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nAllow: /\n"));
        app.MapGet("/img/a.png", () => Results.Bytes(Png, "image/png"));
        app.MapGet("/img/icon.png", () => Results.Bytes(Png, "image/png"));
        app.MapGet("/img/x.svg", () => Results.Text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "image/svg+xml"));
        app.MapGet("/page.html", () => Results.Text("<html><body>not an image</body></html>", "text/html"));
        await app.StartAsync();
        origin.BaseAddress = Web.SiteHost.Addresses(app).Single();
        return origin;
    }

    public int HitsOn(string path) => Hits.TryGetValue(path, out var n) ? n : 0;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
