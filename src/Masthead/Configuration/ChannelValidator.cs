using Masthead.Crawling.Channel;

namespace Masthead.Configuration;

/// <summary>Checks a bound channel at start-up; every problem becomes one line naming the key and what to do.</summary>
public static class ChannelValidator
{
    public static IReadOnlyList<string> Validate(ChannelOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var errors = new List<string>();
        Require(errors, "Channel:Name", !string.IsNullOrWhiteSpace(o.Name), "must not be empty");
        Require(errors, "Channel:BaseUrl", IsHttp(o.BaseUrl), $"'{o.BaseUrl}' is not an absolute http(s) URL");
        Require(errors, "Channel:TimeZone", IsTimeZone(o.TimeZone), $"'{o.TimeZone}' is not a known IANA time zone (e.g. America/Chicago)");
        Require(errors, "Channel:Hashtags", o.Hashtags.Count > 0, "needs at least one hashtag");
        for (var i = 0; i < o.Hashtags.Count; i++)
        {
            var tag = o.Hashtags[i];
            Require(errors, $"Channel:Hashtags:{i}", tag.Length > 1 && tag[0] == '#' && tag.Skip(1).All(char.IsLetterOrDigit),
                $"'{tag}' must be '#' followed by letters or digits");
        }
        for (var i = 0; i < o.Sponsors.Count; i++)
        {
            var s = o.Sponsors[i];
            Require(errors, $"Channel:Sponsors:{i}:Link", IsHttp(s.Link), $"'{s.Link}' is not an absolute http(s) URL");
            Require(errors, $"Channel:Sponsors:{i}", !string.IsNullOrWhiteSpace(s.Short) && !string.IsNullOrWhiteSpace(s.Medium) && !string.IsNullOrWhiteSpace(s.Long),
                "needs a Short, Medium and Long text");
            Require(errors, $"Channel:Sponsors:{i}:Image", s.Image is null || IsHttp(s.Image), $"'{s.Image}' is not an absolute http(s) URL");
        }
        for (var i = 0; i < o.Sources.Count; i++)
        {
            ValidateSource(errors, $"Channel:Sources:{i}", o.Sources[i]);
        }
        Require(errors, "Channel:Crawler:ContactUrl", IsHttp(o.Crawler.ContactUrl), $"'{o.Crawler.ContactUrl}' is not an absolute http(s) URL");
        Require(errors, "Channel:Crawler:MaxConnectionsPerHost", o.Crawler.MaxConnectionsPerHost is >= 1 and <= 8, "must be between 1 and 8");
        Require(errors, "Channel:Crawler:MinDelayPerHostMs", o.Crawler.MinDelayPerHostMs >= 0, "must not be negative");
        Require(errors, "Channel:Summarizer:BaseUrl", o.Summarizer.BaseUrl is null || IsHttp(o.Summarizer.BaseUrl), $"'{o.Summarizer.BaseUrl}' is not an absolute http(s) URL");
        Require(errors, "Channel:Digest:EveryHours", o.Digest.EveryHours is >= 1 and <= 24, "must be between 1 and 24");
        return errors;
    }

    private static void ValidateSource(List<string> errors, string key, SourceOptions s)
    {
        Require(errors, key + ":FeedUrl", IsHttp(s.FeedUrl), $"'{s.FeedUrl}' is not an absolute http(s) URL");
        Require(errors, key + ":Name", !string.IsNullOrWhiteSpace(s.Name), "must not be empty");
        Require(errors, key + ":SiteUrl", s.SiteUrl is null || IsHttp(s.SiteUrl), $"'{s.SiteUrl}' is not an absolute http(s) URL");
        Require(errors, key + ":IconUrl", s.IconUrl is null || IsHttp(s.IconUrl), $"'{s.IconUrl}' is not an absolute http(s) URL");
        Require(errors, key + ":RefreshMinutes", s.RefreshMinutes is >= 1 and <= 10080, "must be between 1 and 10080 (a week)");
    }

    private static void Require(List<string> errors, string key, bool ok, string message)
    {
        if (!ok)
        {
            errors.Add($"{key}: {message}");
        }
    }

    public static bool IsHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);

    private static bool IsTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
