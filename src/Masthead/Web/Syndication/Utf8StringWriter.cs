using System.Globalization;
using System.Text;

namespace Masthead.Web.Syndication;

/// <summary>A StringWriter that reports UTF-8, so XmlWriter declares encoding="utf-8" (the bytes sent are UTF-8).</summary>
public sealed class Utf8StringWriter(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => Encoding.UTF8;
}
