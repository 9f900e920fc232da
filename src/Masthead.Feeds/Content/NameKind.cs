namespace Masthead.Feeds.Content;

/// <summary>What the sanitizer policy says about a name, looked up once per tag or attribute (a name can be both an element and an attribute: title, span).</summary>
[Flags]
internal enum NameKind
{
    None = 0,
    Element = 1,
    DroppedWhole = 2,
    Void = 4,
    Attribute = 8,
    SvgElement = 16,
    MathMlElement = 32,
    ForeignAttribute = 64,

    /// <summary>An attribute holding a URL (<see cref="SanitizerPolicy.UrlAttributes"/>).</summary>
    UrlAttribute = 128,
}
