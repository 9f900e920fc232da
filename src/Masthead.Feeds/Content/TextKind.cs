namespace Masthead.Feeds.Content;

/// <summary>The media types a text construct can carry, as reported in details.</summary>
public static class TextKind
{
    public const string Plain = "text/plain";
    public const string Html = "text/html";
    public const string Xhtml = "application/xhtml+xml";
}
