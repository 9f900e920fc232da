namespace Masthead.Feeds.Building;

/// <summary>A date as written and as parsed (null when the text is not a date).</summary>
internal readonly record struct DateStamp(string Text, DateTimeOffset? Value)
{
    public static DateStamp From(string text) =>
        new(text.Trim(), FeedDates.TryParse(text, out var value) ? value : null);

    /// <summary>The element's text as a date; null when there is no element or it is blank.</summary>
    public static DateStamp? FromNode(Xml.XmlNode? node) => node is null || string.IsNullOrWhiteSpace(node.Text) ? null : From(node.Text);
}
