using System.Net;
using System.Text.RegularExpressions;

namespace Masthead.Feeds.Tests.Conformance;

/// <summary>
/// The safety oracle for inline SVG and MathML in a result string, at least as strict as feedparser's documented
/// sanitizer allow-lists (sanitizer.py: acceptable_elements, svg_elements, svg_attributes, mathml_elements,
/// mathml_attributes): inside svg or math every element must be on those lists and every attribute of an SVG or
/// MathML element on its vocabulary's list. Stricter than feedparser: foreignObject is never safe, a link
/// (href, xlink:href, src) must not use a script or data URL, and url(...) may only point inside the fragment.
/// </summary>
public static partial class ForeignMarkupSafety
{
    private static readonly HashSet<string> Html = Words(
        "a abbr acronym address area article aside audio b big blockquote br button canvas caption center cite code col colgroup "
        + "command datagrid datalist dd del details dfn dialog dir div dl dt em event-source fieldset figcaption figure font footer "
        + "form h1 h2 h3 h4 h5 h6 header hr i img input ins kbd keygen label legend li m map menu meter multicol nav nextid noscript "
        + "ol optgroup option output p pre progress q rp rt ruby s samp section select small sound source spacer span strike strong "
        + "sub sup table tbody td textarea tfoot th thead time tr tt u ul var video");

    private static readonly HashSet<string> SvgElements = Words(
        "a animate animateColor animateMotion animateTransform circle defs desc ellipse font-face font-face-name font-face-src g "
        + "glyph hkern line linearGradient marker metadata missing-glyph mpath path polygon polyline radialGradient rect set stop "
        + "svg switch text title tspan use");

    private static readonly HashSet<string> SvgAttributes = Words(
        "accent-height accumulate additive alphabetic arabic-form ascent attributeName attributeType baseProfile bbox begin by "
        + "calcMode cap-height class color color-rendering content cx cy d descent display dur dx dy end fill fill-opacity "
        + "fill-rule font-family font-size font-stretch font-style font-variant font-weight from fx fy g1 g2 glyph-name "
        + "gradientUnits hanging height horiz-adv-x horiz-origin-x id ideographic k keyPoints keySplines keyTimes lang "
        + "marker-end marker-mid marker-start markerHeight markerUnits markerWidth mathematical max min name offset opacity "
        + "orient origin overline-position overline-thickness panose-1 path pathLength points preserveAspectRatio r refX refY "
        + "repeatCount repeatDur requiredExtensions requiredFeatures restart rotate rx ry slope stemh stemv stop-color "
        + "stop-opacity strikethrough-position strikethrough-thickness stroke stroke-dasharray stroke-dashoffset stroke-linecap "
        + "stroke-linejoin stroke-miterlimit stroke-opacity stroke-width systemLanguage target text-anchor to transform type u1 "
        + "u2 underline-position underline-thickness unicode unicode-range units-per-em values version viewBox visibility width "
        + "widths x x-height x1 x2 xlink:actuate xlink:arcrole xlink:href xlink:role xlink:show xlink:title xlink:type xml:base "
        + "xml:lang xml:space xmlns xmlns:xlink y y1 y2 zoomAndPan");

    private static readonly HashSet<string> MathMlElements = Words(
        "annotation annotation-xml maction maligngroup malignmark math menclose merror mfenced mfrac mglyph mi mlabeledtr "
        + "mlongdiv mmultiscripts mn mo mover mpadded mphantom mprescripts mroot mrow ms mscarries mscarry msgroup msline mspace "
        + "msqrt msrow mstack mstyle msub msubsup msup mtable mtd mtext mtr munder munderover none semantics");

    private static readonly HashSet<string> MathMlAttributes = Words(
        "accent accentunder actiontype align alignmentscope altimg altimg-height altimg-valign altimg-width alttext bevelled "
        + "charalign close columnalign columnlines columnspacing columnspan columnwidth crossout decimalpoint denomalign depth "
        + "dir display displaystyle edge encoding equalcolumns equalrows fence fontstyle fontweight form frame framespacing "
        + "groupalign height href id indentalign indentalignfirst indentalignlast indentshift indentshiftfirst indentshiftlast "
        + "indenttarget infixlinebreakstyle largeop length linebreak linebreakmultchar linebreakstyle lineleading "
        + "linethickness location longdivstyle lquote lspace mathbackground mathcolor mathsize mathvariant maxsize "
        + "minlabelspacing minsize movablelimits notation numalign open other overflow position rowalign rowlines rowspacing "
        + "rowspan rquote rspace scriptlevel scriptminsize scriptsizemultiplier selection separator separators shift side src "
        + "stackalign stretchy subscriptshift superscriptshift symmetric voffset width xlink:href xlink:show xlink:type xmlns "
        + "xmlns:xlink");

    /// <summary>False when an element or attribute inside svg or math falls outside the allow-lists above.</summary>
    public static bool IsSafe(string html)
    {
        var open = new List<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            if (tag.Groups["end"].Success)
            {
                var at = open.FindLastIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (at >= 0)
                {
                    open.RemoveRange(at, open.Count - at);
                }
                continue;
            }
            var foreign = open.Count > 0 || name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);
            if (!foreign)
            {
                continue;
            }
            if (!ForeignTagIsSafe(name, tag.Groups["attrs"].Value))
            {
                return false;
            }
            if (!tag.Groups["attrs"].Value.TrimEnd().EndsWith('/'))
            {
                open.Add(name);
            }
        }
        return true;
    }

    private static bool ForeignTagIsSafe(string name, string attributes)
    {
        var vocabulary = SvgElements.Contains(name) ? SvgAttributes : MathMlElements.Contains(name) ? MathMlAttributes : null;
        if (name.Equals("foreignObject", StringComparison.OrdinalIgnoreCase) || (vocabulary is null && !Html.Contains(name)))
        {
            return false;
        }
        foreach (Match attribute in Attribute().Matches(attributes))
        {
            var key = attribute.Groups["key"].Value;
            var value = WebUtility.HtmlDecode(attribute.Groups["value"].Value);
            if (vocabulary is not null && !vocabulary.Contains(key))
            {
                return false;
            }
            if (key.EndsWith("href", StringComparison.OrdinalIgnoreCase) || key.Equals("src", StringComparison.OrdinalIgnoreCase))
            {
                if (ScriptOrData().IsMatch(new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray())))
                {
                    return false;
                }
            }
            if (ExternalUrl().IsMatch(value))
            {
                return false;
            }
        }
        return true;
    }

    private static HashSet<string> Words(string words) => new(words.Split(' '), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"<(?<end>/)?(?<name>[A-Za-z][\w:.-]*)(?<attrs>(?:[^>""']|""[^""]*""|'[^']*')*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<key>[^\s=/""']+)(?:\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+)))?")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^(javascript|vbscript|livescript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrData();

    [GeneratedRegex(@"url\(\s*[""']?\s*[^#\s""']", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
