using System.CommandLine;

namespace Masthead.Cli;

/// <summary>`masthead feed ...`: feed intake on files (parse).</summary>
public static class FeedCommand
{
    public static Command Create() => new("feed", "Feed intake: RSS, RDF, Atom and JSON Feed into one model.")
    {
        FeedParseCommand.Create(),
    };
}
