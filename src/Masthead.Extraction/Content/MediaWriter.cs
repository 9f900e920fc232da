using AngleSharp.Dom;
using Masthead.Core.Html;
using Masthead.Extraction.Metadata;

namespace Masthead.Extraction.Content;

/// <summary>Images, figures and links with absolute URLs. Lazy-loading attributes are read when src is a placeholder.</summary>
internal sealed class MediaWriter(string? baseUrl)
{
    private static readonly string[] LazySources = ["data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "data-srcset"];

    public string? Link(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href.TrimStart().StartsWith('#'))
        {
            return null;
        }
        return Urls.Resolve(baseUrl, href);
    }

    /// <summary>The absolute source of an image, looking past data: placeholders to lazy-loading attributes and srcset.</summary>
    public string? ImageSource(IElement image)
    {
        var src = image.GetAttribute("src");
        if (string.IsNullOrWhiteSpace(src) || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            src = LazySources.Select(image.GetAttribute).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
                ?? image.GetAttribute("srcset");
            src = src?.Split(',')[0].Trim().Split(' ')[0];
        }
        return Urls.Resolve(baseUrl, src);
    }

    public string? InlineImage(IElement image)
    {
        var src = ImageSource(image);
        if (src is null)
        {
            return null;
        }
        var alt = TextNormalizer.Clean(image.GetAttribute("alt"), 500);
        return alt is null
            ? $"<img src=\"{InlineBuffer.Attribute(src)}\">"
            : $"<img src=\"{InlineBuffer.Attribute(src)}\" alt=\"{InlineBuffer.Attribute(alt)}\">";
    }

    /// <summary>A figure block: the first image and the caption (figcaption, or nothing).</summary>
    public Block? Figure(IElement element)
    {
        var image = element.LocalName == "img" ? element : element.QuerySelector("img");
        var img = image is null ? null : InlineImage(image);
        var caption = TextNormalizer.Clean(element.QuerySelector("figcaption")?.TextContent, 2000);
        if (img is null && caption is null)
        {
            return null;
        }
        var html = "<figure>" + img + (caption is null ? string.Empty : $"<figcaption>{System.Net.WebUtility.HtmlEncode(caption)}</figcaption>") + "</figure>";
        // The caption stays in the HTML but not in the plain text: it describes a picture, it is not the story.
        return new Block("figure", html, string.Empty, 0);
    }
}
