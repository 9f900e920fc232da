namespace Masthead.Core.Html;

/// <summary>URL helpers shared by extraction, feeds and the crawler.</summary>
public static class Urls
{
    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseUrl"/>; null when either is unusable.</summary>
    public static string? Resolve(string? baseUrl, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        var trimmed = reference.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri)
            && Uri.TryCreate(baseUri, trimmed, out var resolved))
        {
            return resolved.AbsoluteUri;
        }
        // Note: on Unix "/path" parses as an absolute file:// URI, so only web schemes count here.
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var other) && other.Scheme is "mailto"
            ? other.AbsoluteUri
            : null;
    }

    /// <summary>True for an absolute http(s) URL.</summary>
    public static bool IsHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
