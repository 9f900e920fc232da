namespace Masthead.Feeds.Decoding;

/// <summary>
/// The charset rules of RFC 3023 (XML media types) as feed readers apply them: application/*xml takes the
/// charset parameter, else the XML declaration, else UTF-8; text/*xml takes the charset parameter, else
/// US-ASCII; anything else is not an XML type (served as text/plain, say), which is a recoverable problem.
/// </summary>
internal static class MediaTypes
{
    private static readonly string[] ApplicationXml = ["application/xml", "application/xml-dtd", "application/xml-external-parsed-entity"];
    private static readonly string[] TextXml = ["text/xml", "text/xml-external-parsed-entity"];
    private static readonly string[] JsonTypes = ["application/json", "application/feed+json", "text/json"];

    public enum Kind { None, ApplicationXml, TextXml, Json, Other }

    public static Kind Classify(string? contentType, out string? charset)
    {
        charset = null;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return Kind.None;
        }
        var parts = contentType.Split(';');
        var type = parts[0].Trim().ToLowerInvariant();
        foreach (var part in parts.Skip(1))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = kv[1].Trim().Trim('"', '\'').Trim();
                charset = value.Length == 0 ? null : value;
            }
        }
        if (ApplicationXml.Contains(type) || (type.StartsWith("application/", StringComparison.Ordinal) && type.EndsWith("+xml", StringComparison.Ordinal)))
        {
            return Kind.ApplicationXml;
        }
        if (TextXml.Contains(type) || (type.StartsWith("text/", StringComparison.Ordinal) && type.EndsWith("+xml", StringComparison.Ordinal)))
        {
            return Kind.TextXml;
        }
        return JsonTypes.Contains(type) ? Kind.Json : Kind.Other;
    }
}
