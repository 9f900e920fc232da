using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace Masthead.Core.Html;

/// <summary>
/// The allow-list sanitizer: the last HTML step of the pipeline for anything that came from outside
/// (article bodies, feed content, titles). Built on HtmlSanitizer (a maintained XSS filter on AngleSharp).
/// What it lets through is the structure of an article and nothing that runs: no script, no event
/// handlers, no style, no javascript:/data: URLs, no frames or forms.
/// </summary>
public static class SafeHtml
{
    /// <summary>Elements an article body may keep. Everything else is unwrapped (its text kept) or dropped.</summary>
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn", "div", "dl", "dt",
        "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "picture", "pre", "q", "s", "samp", "small", "source", "span", "strong", "sub", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    };

    /// <summary>Attributes that carry meaning rather than behaviour or presentation.</summary>
    public static readonly IReadOnlySet<string> AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "alt", "cite", "colspan", "datetime", "dir", "headers", "height", "href", "lang", "rowspan", "scope",
        "src", "srcset", "sizes", "title", "width", "type", "media", "start", "reversed", "abbr",
    };

    /// <summary>Elements whose content is code or chrome, never text: dropped whole rather than unwrapped.</summary>
    public static readonly IReadOnlySet<string> DroppedWhole = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
        "form", "input", "button", "select", "textarea", "option", "svg", "math", "canvas", "audio", "video",
        "head", "title", "meta", "link", "base", "nav", "aside", "footer", "dialog",
    };

    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>Sanitizes an HTML fragment; relative URLs are made absolute against <paramref name="baseUrl"/>.</summary>
    public static string Sanitize(string html, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0)
        {
            return html;
        }
        return Sanitizer.Sanitize(html, baseUrl ?? string.Empty).Trim();
    }

    /// <summary>Sanitizes an element's subtree in place (for callers that already hold a DOM).</summary>
    public static void SanitizeInPlace(IHtmlDocument document, IHtmlElement root, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        Sanitizer.SanitizeDom(document, root, baseUrl ?? string.Empty);
    }

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options)
        {
            KeepChildNodes = true,
            AllowDataAttributes = false,
        };
        sanitizer.UriListAttributes.Add("srcset");
        sanitizer.RemovingTag += (_, e) =>
        {
            // Unwrap unknown containers (keep their text) but drop code and chrome whole.
            if (DroppedWhole.Contains(e.Tag.LocalName))
            {
                while (e.Tag.FirstChild is INode child)
                {
                    e.Tag.RemoveChild(child);
                }
            }
        };
        sanitizer.RemovingComment += (_, e) => { };
        return sanitizer;
    }
}
