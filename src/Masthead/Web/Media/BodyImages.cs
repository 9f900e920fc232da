using AngleSharp.Html.Parser;
using Masthead.Web.Rendering;

namespace Masthead.Web.Media;

/// <summary>
/// Points the images of a sanitised article body at our own /media endpoint: each img src becomes a signed
/// local URL (lazy), srcset and picture sources are dropped (they would load from the outlet), and an img
/// without an http(s) source is removed.
/// </summary>
public static class BodyImages
{
    private static readonly HtmlParser Parser = new();

    public static string Localise(string body, SiteContext site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (!body.Contains("<img", StringComparison.OrdinalIgnoreCase) && !body.Contains("<source", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }
        var doc = Parser.ParseDocument("<!DOCTYPE html><html><body>" + body + "</body></html>");
        foreach (var source in doc.QuerySelectorAll("source").ToList())
        {
            source.Remove();
        }
        foreach (var img in doc.QuerySelectorAll("img").ToList())
        {
            var src = img.GetAttribute("src");
            if (!Core.Html.Urls.IsHttp(src))
            {
                img.Remove();
                continue;
            }
            img.SetAttribute("src", site.Image(src!));
            img.RemoveAttribute("srcset");
            img.RemoveAttribute("sizes");
            img.SetAttribute("loading", "lazy");
            img.SetAttribute("decoding", "async");
        }
        return doc.Body!.InnerHtml;
    }
}
