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
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "foreignObject", "template",
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
        "href", "src", "cite", "longdesc", "action", "usemap", "poster", "xlink:href",
    };

    public static readonly HashSet<string> Schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "mailto", "ftp", "ftps", "news", "nntp", "tel", "xmpp", "magnet", "feed", "irc", "ircs", "sftp", "ssh", "urn", "tag",
    };

    /// <summary>
    /// Inline SVG inside an svg element (feedparser's svg_elements, in their SVG spelling), minus what can run or
    /// load something: foreignObject (an HTML document inside), animate/set (they can rewrite an href to a script
    /// URL) and use (it pulls in other documents).
    /// </summary>
    public static readonly HashSet<string> SvgElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "circle", "defs", "desc", "ellipse", "font-face", "font-face-name", "font-face-src", "g", "glyph", "hkern",
        "linearGradient", "line", "marker", "metadata", "missing-glyph", "path", "polygon", "polyline",
        "radialGradient", "rect", "stop", "svg", "switch", "text", "title", "tspan",
    };

    /// <summary>
    /// Attributes of those SVG elements (feedparser's svg_attributes, SVG spelling) minus the animation timing
    /// and target attributes, style and xml:base. Namespace declarations are always the sanitizer's own (see ForeignContent).
    /// </summary>
    public static readonly HashSet<string> SvgAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "accent-height", "alphabetic", "arabic-form", "ascent", "baseProfile", "bbox", "cap-height", "class", "color",
        "color-rendering", "cx", "cy", "d", "descent", "display", "dx", "dy", "fill", "fill-opacity", "fill-rule",
        "font-family", "font-size", "font-stretch", "font-style", "font-variant", "font-weight", "fx", "fy", "g1", "g2",
        "glyph-name", "gradientUnits", "hanging", "height", "horiz-adv-x", "horiz-origin-x", "id", "ideographic", "k",
        "lang", "marker-end", "marker-mid", "marker-start", "markerHeight", "markerUnits", "markerWidth", "mathematical",
        "max", "min", "name", "offset", "opacity", "orient", "origin", "overline-position", "overline-thickness",
        "panose-1", "path", "pathLength", "points", "preserveAspectRatio", "r", "refX", "refY", "requiredExtensions",
        "requiredFeatures", "rotate", "rx", "ry", "slope", "stemh", "stemv", "stop-color", "stop-opacity",
        "strikethrough-position", "strikethrough-thickness", "stroke", "stroke-dasharray", "stroke-dashoffset",
        "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "stroke-width", "systemLanguage",
        "target", "text-anchor", "transform", "type", "u1", "u2", "underline-position", "underline-thickness",
        "unicode", "unicode-range", "units-per-em", "version", "viewBox", "visibility", "width", "widths", "x",
        "x-height", "x1", "x2", "xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show",
        "xlink:title", "xlink:type", "xml:lang", "xml:space", "xmlns", "xmlns:xlink", "y", "y1", "y2", "zoomAndPan",
    };

    /// <summary>Presentation MathML inside a math element (feedparser's mathml_elements; none of them runs or loads anything).</summary>
    public static readonly HashSet<string> MathMlElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "annotation", "maction", "maligngroup", "malignmark", "math", "menclose", "merror", "mfenced", "mfrac",
        "mglyph", "mi", "mlabeledtr", "mlongdiv", "mmultiscripts", "mn", "mo", "mover", "mpadded", "mphantom",
        "mprescripts", "mroot", "mrow", "ms", "mscarries", "mscarry", "msgroup", "msline", "mspace", "msqrt", "msrow",
        "mstack", "mstyle", "msub", "msubsup", "msup", "mtable", "mtd", "mtext", "mtr", "munder", "munderover", "none",
        "semantics",
    };

    /// <summary>Attributes of those MathML elements (feedparser's mathml_attributes; href, src and xlink:href are URLs and checked as such; namespace declarations are the sanitizer's own).</summary>
    public static readonly HashSet<string> MathMlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "accent", "accentunder", "actiontype", "align", "alignmentscope", "altimg", "altimg-height", "altimg-valign",
        "altimg-width", "alttext", "bevelled", "charalign", "close", "columnalign", "columnlines", "columnspacing",
        "columnspan", "columnwidth", "crossout", "decimalpoint", "denomalign", "depth", "dir", "display",
        "displaystyle", "edge", "encoding", "equalcolumns", "equalrows", "fence", "fontstyle", "fontweight", "form",
        "frame", "framespacing", "groupalign", "height", "href", "id", "indentalign", "indentalignfirst",
        "indentalignlast", "indentshift", "indentshiftfirst", "indentshiftlast", "indenttarget", "infixlinebreakstyle",
        "largeop", "length", "linebreak", "linebreakmultchar", "linebreakstyle", "lineleading", "linethickness",
        "location", "longdivstyle", "lquote", "lspace", "mathbackground", "mathcolor", "mathsize", "mathvariant",
        "maxsize", "minlabelspacing", "minsize", "movablelimits", "notation", "numalign", "open", "other", "overflow",
        "position", "rowalign", "rowlines", "rowspacing", "rowspan", "rquote", "rspace", "scriptlevel", "scriptminsize",
        "scriptsizemultiplier", "selection", "separator", "separators", "shift", "side", "src", "stackalign",
        "stretchy", "subscriptshift", "superscriptshift", "symmetric", "voffset", "width", "xlink:href", "xlink:show",
        "xlink:type", "xmlns", "xmlns:xlink",
    };
}
