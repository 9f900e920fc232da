using System.Text;
using Masthead.Crawling.Channel;

namespace Masthead.Web.Rendering;

/// <summary>
/// The sponsor slot: all three texts are in the page and CSS media queries show exactly one (short on phones,
/// medium on tablets, long on desktops). With several slots, one is chosen per page, stable for a path.
/// </summary>
public static class Sponsor
{
    public static void Render(StringBuilder sb, SiteContext site)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(site);
        var channel = site.Channel;
        var path = site.Path;
        if (channel.Sponsors.Count == 0)
        {
            return;
        }
        var slot = channel.Sponsors[(int)((uint)StableHash(path) % (uint)channel.Sponsors.Count)];
        sb.Append("<aside class=\"sponsor\" data-part=\"sponsor\" aria-label=\"Sponsor\"><span class=\"label\">Sponsor</span>")
          .Append("<a href=\"").Append(Html.E(slot.Link)).Append("\" rel=\"sponsored noopener\">");
        if (slot.Image is not null)
        {
            sb.Append("<img src=\"").Append(Html.E(Core.Html.Urls.IsHttp(slot.Image) ? site.Image(slot.Image!) : slot.Image)).Append("\" alt=\"\" loading=\"lazy\" height=\"40\"> ");
        }
        sb.Append("<span class=\"sp-short\" data-sponsor=\"short\">").Append(Html.E(slot.Short)).Append("</span>")
          .Append("<span class=\"sp-medium\" data-sponsor=\"medium\">").Append(Html.E(slot.Medium)).Append("</span>")
          .Append("<span class=\"sp-long\" data-sponsor=\"long\">").Append(Html.E(slot.Long)).Append("</span></a></aside>\n");
    }

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var ch in s)
        {
            h = unchecked((h * 31) + ch);
        }
        return h;
    }
}
