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
        foreach (var attribute in node.Attributes)
        {
            if (attribute.Prefix != "xml" && attribute.Namespace != XmlNamespace)
            {
                continue;
            }
            if (attribute.LocalName == "base")
            {
                node.Base = UrlResolver.Resolve(parentBase, attribute.Value) ?? parentBase;
            }
            else if (attribute.LocalName == "lang")
            {
                node.Language = attribute.Value.Trim().Replace('_', '-') is { Length: > 0 } lang ? lang : null;
            }
        }
    }
}
