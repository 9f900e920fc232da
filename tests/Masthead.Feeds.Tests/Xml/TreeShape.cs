using System.Text;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Tests.Xml;

/// <summary>An element tree written out in full (names, namespaces, attributes, scope, text in order), so two trees compare as strings and a difference reads as a diff.</summary>
internal static class TreeShape
{
    public static string Of(XmlNode root)
    {
        var builder = new StringBuilder();
        Write(root, builder, 0);
        return builder.ToString();
    }

    private static void Write(XmlNode node, StringBuilder builder, int depth)
    {
        builder.Append(' ', depth * 2);
        if (node.IsText)
        {
            builder.Append("text ").Append(Quote(node.Text)).Append('\n');
            return;
        }
        builder.Append('{').Append(node.Namespace).Append('}').Append(node.Prefix).Append(':').Append(node.LocalName)
            .Append(" base=").Append(node.Base ?? "-").Append(" lang=").Append(node.Language ?? "-");
        foreach (var attribute in node.Attributes)
        {
            builder.Append(" {").Append(attribute.Namespace).Append('}').Append(attribute.Prefix).Append(':').Append(attribute.LocalName)
                .Append('=').Append(Quote(attribute.Value));
        }
        builder.Append('\n');
        foreach (var child in node.Children)
        {
            Write(child, builder, depth + 1);
        }
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
