using Masthead.Feeds.Content;

namespace Masthead.Feeds.Tests.Content;

/// <summary>References written as IRIs stay IRIs after resolution; ASCII escapes keep their meaning.</summary>
public sealed class IriTextTests
{
    [Theory]
    [InlineData("non-ascii path kept", "http://any.test/", "\u00c0", "http://any.test/\u00c0")]
    [InlineData("non-ascii in base kept", "http://any.test/\u00e9t\u00e9/", "a", "http://any.test/\u00e9t\u00e9/a")]
    [InlineData("ascii escapes kept", "http://any.test/", "a%20b/\u00c0%2F", "http://any.test/a%20b/\u00c0%2F")]
    [InlineData("ascii reference escaped as written", "http://any.test/", "a%C3%80", "http://any.test/a%C3%80")]
    [InlineData("cjk path kept", "http://any.test/x/", "../\u65e5\u672c", "http://any.test/\u65e5\u672c")]
    [InlineData("ascii unchanged", "http://any.test/a/", "b?c=d#e", "http://any.test/a/b?c=d#e")]
    public void Resolved_reference_keeps_its_characters(string name, string baseUrl, string reference, string expected)
    {
        Assert.True(expected == UrlResolver.Resolve(baseUrl, reference), name + ": " + UrlResolver.Resolve(baseUrl, reference));
    }
}
