using Masthead.Cli;

namespace Masthead.Site.Tests.Cli;

public class PathValidationTests
{
    public static TheoryData<string, string[]> MissingPaths => new()
    {
        { "bench extract, one missing folder", ["bench", "extract", "/no/such/folder"] },
        { "bench extract, second of two missing", ["bench", "extract", ".", "/no/such/file.html"] },
        { "bench feeds, missing file", ["bench", "feeds", "/no/such/feed.xml"] },
    };

    [Theory]
    [MemberData(nameof(MissingPaths))]
    public void MissingPath_IsAParseError_NamingThePath(string name, string[] args)
    {
        var result = MastheadCommands.Build().Parse(args);

        Assert.False(string.IsNullOrEmpty(name));
        var error = Assert.Single(result.Errors);
        Assert.Contains("no such file or folder: /no/such/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExistingPath_Parses()
    {
        var result = MastheadCommands.Build().Parse(["bench", "feeds", "."]);

        Assert.Empty(result.Errors);
    }
}
