using Masthead.Crawling.Channel;
using Masthead.Web.Media;
using Masthead.Web.Online;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Rendering;

/// <summary>Everything a page render needs about the channel and this request.</summary>
public sealed record SiteContext(ChannelOptions Channel, TimeZoneInfo Zone, DateTimeOffset Now, int Online, string? Theme, string Path)
{
    public const string ThemeCookie = "theme";

    public static SiteContext For(HttpContext http, ChannelOptions channel, TimeZoneInfo zone, OnlineCounter online)
    {
        ArgumentNullException.ThrowIfNull(http);
        var theme = http.Request.Cookies[ThemeCookie] is "light" or "dark" ? http.Request.Cookies[ThemeCookie] : null;
        return new SiteContext(channel, zone, DateTimeOffset.UtcNow, online.Count, theme, http.Request.Path + http.Request.QueryString);
    }

    /// <summary>Signs image URLs for our own /media endpoint; null only where no host runs (then images are linked as they are).</summary>
    public MediaSigner? Media { get; init; }

    /// <summary>The same-origin URL of an outlet's image, so pages load no third-party resource.</summary>
    public string Image(string url) => Media?.Url(url) ?? url;

    public string Absolute(string path) => Paths.Absolute(Channel.BaseUrl, path);
}
