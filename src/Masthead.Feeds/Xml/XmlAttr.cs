namespace Masthead.Feeds.Xml;

/// <summary>One attribute of an <see cref="XmlNode"/>.</summary>
public readonly record struct XmlAttr(string LocalName, string Namespace, string Prefix, string Value);
