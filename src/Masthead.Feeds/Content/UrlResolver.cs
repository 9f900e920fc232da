namespace Masthead.Feeds.Content;

/// <summary>
/// Relative references resolved per RFC 3986 section 5 against the base in scope (xml:base, then
/// Content-Location, then the document URL). Absolute references of any scheme are kept as written;
/// when there is no usable base the reference is returned unchanged.
/// </summary>
public static class UrlResolver
{
    public static string? Resolve(string? baseUrl, string? reference)
    {
        if (reference is null)
        {
            return null;
        }
        var trimmed = reference.Trim();
        if (HasScheme(trimmed))
        {
            return trimmed;
        }
        if (string.IsNullOrEmpty(baseUrl) || BaseUri(baseUrl) is not { } baseUri || !HasScheme(baseUrl))
        {
            return trimmed.Length == 0 ? baseUrl ?? trimmed : trimmed;
        }
        return Uri.TryCreate(baseUri, trimmed, out var resolved) ? IriText.Keep(trimmed, baseUrl, resolved.AbsoluteUri) : trimmed;
    }

    /// <summary>The last base parsed on this thread: a document resolves all its links against one or two bases, and parsing the base is most of the cost.</summary>
    [ThreadStatic]
    private static (string Text, Uri? Uri) _lastBase;

    private static Uri? BaseUri(string baseUrl)
    {
        if (!ReferenceEquals(_lastBase.Text, baseUrl) && _lastBase.Text != baseUrl)
        {
            _lastBase = (baseUrl, Uri.TryCreate(baseUrl, UriKind.Absolute, out var parsed) ? parsed : null);
        }
        return _lastBase.Uri;
    }

    /// <summary>True when the reference starts with a URI scheme ("http:", "mailto:", "tag:").</summary>
    public static bool HasScheme(string value) => HasScheme(value.AsSpan());

    /// <inheritdoc cref="HasScheme(string)"/>
    public static bool HasScheme(ReadOnlySpan<char> value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }
        for (var i = 0; i < colon; i++)
        {
            var c = value[i];
            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
            {
                return false;
            }
        }
        return true;
    }
}
