using System.CommandLine;

namespace Masthead.Cli;

/// <summary>
/// Parse-time checks for path arguments, so a mistyped path is a one-line usage error ("no such file or
/// folder: …", exit 1) instead of a stack trace from deep inside a command.
/// </summary>
public static class PathValidation
{
    public static Argument<string> MustExist(this Argument<string> argument)
    {
        argument.Validators.Add(result => Check(result, [result.GetValueOrDefault<string>()]));
        return argument;
    }

    public static Argument<string[]> MustExist(this Argument<string[]> argument)
    {
        argument.Validators.Add(result => Check(result, result.GetValueOrDefault<string[]>() ?? []));
        return argument;
    }

    private static void Check(System.CommandLine.Parsing.ArgumentResult result, IEnumerable<string?> paths)
    {
        foreach (var path in paths)
        {
            if (!string.IsNullOrEmpty(path) && !File.Exists(path) && !Directory.Exists(path))
            {
                result.AddError($"no such file or folder: {path} (relative paths start from {Environment.CurrentDirectory})");
            }
        }
    }
}
