namespace Masthead.Feeds.Xml;

/// <summary>The result of building a tree: the root element (null when none) and what went wrong on the way.</summary>
public sealed record XmlTree(XmlNode? Root, IReadOnlyList<string> Problems)
{
    public bool WellFormed => Problems.Count == 0;
}
