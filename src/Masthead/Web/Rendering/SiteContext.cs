using Masthead.Crawling.Channel;
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

    public string Absolute(string path) => Paths.Absolute(Channel.BaseUrl, path);
}
