using System.Net;
using System.Text;

namespace Masthead.Extraction.Metadata;

/// <summary>Whitespace and entity clean-up shared by every metadata reader.</summary>
internal static class TextNormalizer
{
    /// <summary>Decodes stray entities, collapses whitespace, trims; null when nothing is left.</summary>
    public static string? Clean(string? value, int maxLength = 2000)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var decoded = value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value;
        var collapsed = Collapse(decoded);
        if (collapsed.Length == 0)
        {
            return null;
        }
        return collapsed.Length > maxLength ? collapsed[..maxLength] : collapsed;
    }

    /// <summary>Collapses every run of whitespace (including NBSP) into one space and trims.</summary>
    public static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
