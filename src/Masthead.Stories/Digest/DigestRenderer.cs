using System.Globalization;
using System.Net;
using System.Text;

namespace Masthead.Stories;

/// <summary>
/// Renders an edition for e-mail: HTML with a single-column table layout and inline styles only (mail clients
/// drop style sheets and scripts), every text HTML-encoded and only http(s) links kept; and a plain-text twin
/// for the text/plain part of a multipart/alternative message (RFC 2046 section 5.1.4).
/// </summary>
public static class DigestRenderer
{
    public static string Html(DigestEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(E(edition.Title)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:0;background:#f4f4f4\">")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:640px;margin:0 auto;background:#ffffff;font-family:Georgia,serif;color:#222\">")
            .Append("<tr><td style=\"padding:24px 24px 8px\"><h1 style=\"margin:0;font-size:26px\">").Append(E(edition.Title)).Append("</h1>")
            .Append("<p style=\"margin:4px 0 0;color:#666;font-size:13px\">").Append(E(Period(edition))).Append("</p></td></tr>");
        foreach (var section in edition.Sections)
        {
            html.Append("<tr><td style=\"padding:16px 24px 0\"><h2 style=\"margin:0 0 8px;font-size:18px;border-bottom:1px solid #ddd\">")
                .Append(E(section.Hashtag)).Append("</h2>");
            foreach (var item in section.Items)
            {
                AppendItem(html, item);
            }
            html.Append("</td></tr>");
        }
        html.Append("</table></body></html>");
        return html.ToString();
    }

    public static string PlainText(DigestEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var text = new StringBuilder();
        text.Append(edition.Title).Append('\n').Append(Period(edition)).Append("\n\n");
        foreach (var section in edition.Sections)
        {
            text.Append(section.Hashtag).Append('\n').Append(new string('=', section.Hashtag.Length)).Append('\n');
            foreach (var item in section.Items)
            {
                text.Append("* ").Append(item.Outlet).Append(": ").Append(item.Headline).Append('\n');
                if (item.Short.Length > 0)
                {
                    text.Append("  ").Append(item.Short).Append('\n');
                }
                if (SafeLink(item.Link) is { } link)
                {
                    text.Append("  ").Append(link).Append('\n');
                }
                if (item.OtherOutlets.Count > 0)
                {
                    text.Append("  Also: ").Append(string.Join(", ", item.OtherOutlets)).Append('\n');
                }
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static void AppendItem(StringBuilder html, DigestItem item)
    {
        var headline = E(item.Outlet) + ": " + E(item.Headline);
        html.Append("<p style=\"margin:0 0 12px;font-size:15px;line-height:1.4\"><strong>");
        html.Append(SafeLink(item.Link) is { } link
            ? $"<a href=\"{E(link)}\" style=\"color:#1a4d8f;text-decoration:none\">{headline}</a>"
            : headline);
        html.Append("</strong>");
        if (item.Short.Length > 0)
        {
            html.Append("<br>").Append(E(item.Short));
        }
        if (item.OtherOutlets.Count > 0)
        {
            html.Append("<br><span style=\"color:#666;font-size:12px\">Also: ").Append(E(string.Join(", ", item.OtherOutlets))).Append("</span>");
        }
        html.Append("</p>");
    }

    private static string Period(DigestEdition edition) =>
        string.Create(CultureInfo.InvariantCulture, $"{edition.From.ToUniversalTime():yyyy-MM-dd HH:mm} to {edition.To.ToUniversalTime():yyyy-MM-dd HH:mm} UTC");

    private static string? SafeLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
