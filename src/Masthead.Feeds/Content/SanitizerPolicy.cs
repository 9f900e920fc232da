namespace Masthead.Feeds.Content;

/// <summary>
/// The allow-list for HTML in feeds, as data. It follows the acceptable elements and attributes Universal
/// Feed Parser has used for two decades (so feed HTML keeps its structure) minus everything that can run
/// code, load a document, or restyle the page: no script, no handlers, no style, no frames, no forms.
/// </summary>
internal static class SanitizerPolicy
{
    public static readonly HashSet<string> Elements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "address", "area", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "br",
        "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "dir", "div", "dl", "dt",
        "em", "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img",
        "ins", "kbd", "label", "legend", "li", "map", "mark", "menu", "nav", "ol", "p", "picture", "pre", "q", "rp", "rt",
        "ruby", "s", "samp", "section", "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr", "audio", "video", "track",
        "fieldset", "optgroup", "noscript",
    };

    /// <summary>Elements whose content is code or a foreign document: dropped with everything inside.</summary>
    public static readonly HashSet<string> DroppedWhole = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "template",
        "title", "head", "meta", "link", "base", "basefont", "xml", "param", "noembed", "noframes", "textarea", "select",
        "button", "input", "xmp", "plaintext",
    };

    public static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "br", "col", "hr", "img", "source", "track", "wbr",
    };

    public static readonly HashSet<string> Attributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "abbr", "accept", "accept-charset", "accesskey", "action", "align", "alt", "autoplay", "axis", "border",
        "cellpadding", "cellspacing", "char", "charoff", "charset", "checked", "cite", "class", "clear", "color", "cols",
        "colspan", "compact", "controls", "coords", "datetime", "dir", "disabled", "enctype", "face", "for", "frame",
        "headers", "height", "href", "hreflang", "hspace", "id", "ismap", "label", "lang", "loop", "longdesc",
        "maxlength", "media", "method", "multiple", "muted", "name", "nohref", "noshade", "nowrap", "open", "poster",
        "preload", "prompt", "readonly", "rel", "rev", "rows", "rowspan", "rules", "scope", "selected", "shape", "size",
        "sizes", "span", "src", "srcset", "start", "summary", "tabindex", "target", "title", "type", "usemap", "valign",
        "value", "vspace", "width", "xml:lang",
    };

    /// <summary>Attributes holding a URL: resolved against the base, and dropped unless the scheme is allowed.</summary>
    public static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "cite", "longdesc", "action", "usemap", "poster",
    };

    public static readonly HashSet<string> Schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "mailto", "ftp", "ftps", "news", "nntp", "tel", "xmpp", "magnet", "feed", "irc", "ircs", "sftp", "ssh", "urn", "tag",
    };
}
