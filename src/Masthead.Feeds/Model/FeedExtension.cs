namespace Masthead.Feeds;

/// <summary>
/// An element from a namespace the model has no field for (itunes:block, media:credit, dc:publisher, …),
/// kept as data: its conventional prefix, local name, text and attributes.
/// </summary>
public sealed record FeedExtension(string Prefix, string Name, string Value, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>The flat key feed readers use: prefix_name, or the bare name in no namespace, lower-cased as feedparser does.</summary>
    public string Key => (Prefix.Length == 0 ? Name : Prefix + "_" + Name).ToLowerInvariant();
}
