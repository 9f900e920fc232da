using Masthead.Feeds.Content;

namespace Masthead.Feeds.Xml;

/// <summary>Applies xml:base and xml:lang (https://www.w3.org/TR/xmlbase/) to a new element from its parent's scope.</summary>
internal static class ScopeInfo
{
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The language of the response (HTTP Content-Language), the outermost xml:lang; set per parse.</summary>
    [ThreadStatic]
    public static string? DocumentLanguage;

    public static void Inherit(XmlNode node, XmlNode? parent, string? documentBase)
    {
        var parentBase = parent is null ? documentBase : parent.Base;
        node.Base = parentBase;
        node.Language = parent is null ? DocumentLanguage : parent.Language;
        // Indexed, not foreach: enumerating the IReadOnlyList would allocate an enumerator for every element.
        var attributes = node.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            if (attribute.Prefix != "xml" && attribute.Namespace != XmlNamespace)
            {
                continue;
            }
            if (attribute.LocalName == "base")
            {
                var resolved = UrlResolver.Resolve(parentBase, CollapseSlashes(attribute.Value));
                // Only web bases are honoured: a javascript: or malformed xml:base must not become the base of links.
                node.Base = resolved is not null && Uri.TryCreate(resolved, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp"
                    ? resolved
                    : parentBase ?? (resolved is not null && !UrlResolver.HasScheme(resolved) ? resolved : null);
            }
            else if (attribute.LocalName == "lang")
            {
                node.Language = attribute.Value.Trim().Replace('_', '-') is { Length: > 0 } lang ? lang : null;
            }
        }
    }

    private static readonly string[] WebSchemes = ["http:", "https:", "ftp:"];

    /// <summary>
    /// "http:///host/path" is read as "http://host/path": for web schemes any run of slashes after the scheme starts
    /// the authority (WHATWG URL, "special authority ignore slashes state"), as browsers read it.
    /// </summary>
    private static string CollapseSlashes(string value)
    {
        var text = value.Trim();
        foreach (var scheme in WebSchemes)
        {
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && text.AsSpan(scheme.Length).StartsWith("///"))
            {
                return string.Concat(text.AsSpan(0, scheme.Length), "//", text.AsSpan(scheme.Length).TrimStart('/'));
            }
        }
        return value;
    }
}
