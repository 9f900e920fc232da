namespace Masthead.Feeds.Content;

/// <summary>
/// One attribute of an <see cref="HtmlTag"/>: the policy's spelling of its name, what the policy says about the name,
/// and the raw value as a slice of the fragment (no copy: most values are written out again unchanged). A valueless
/// attribute has an empty value, which the sanitizer treats exactly as an empty one.
/// </summary>
internal readonly record struct HtmlAttribute(string Name, NameKind Kind, ReadOnlyMemory<char> Value);
