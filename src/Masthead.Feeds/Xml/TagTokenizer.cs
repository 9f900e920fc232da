namespace Masthead.Feeds.Xml;

/// <summary>Reads one start tag (name, attributes, self-closing) forgivingly: unquoted and valueless attributes are accepted.</summary>
internal static class TagTokenizer
{
    public readonly record struct Tag(string Name, List<(string Name, string Value)> Attributes, bool SelfClosing, int End);

    public static Tag Read(string text, int start, List<string> problems)
    {
        var i = start;
        while (i < text.Length && IsNameChar(text[i]))
        {
            i++;
        }
        var name = text[start..i];
        var attributes = new List<(string, string)>();
        while (i < text.Length)
        {
            i = SkipSpace(text, i);
            if (i >= text.Length)
            {
                break;
            }
            if (text[i] == '>')
            {
                return new Tag(name, attributes, false, i + 1);
            }
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '>')
            {
                return new Tag(name, attributes, true, i + 2);
            }
            if (text[i] == '<')
            {
                problems.Add($"unterminated start tag <{name}>");
                return new Tag(name, attributes, false, i);
            }
            i = ReadAttribute(text, i, attributes, problems);
        }
        problems.Add($"unterminated start tag <{name}>");
        return new Tag(name, attributes, false, text.Length);
    }

    private static int ReadAttribute(string text, int i, List<(string, string)> attributes, List<string> problems)
    {
        var nameStart = i;
        while (i < text.Length && IsNameChar(text[i]))
        {
            i++;
        }
        if (i == nameStart)
        {
            return i + 1; // junk character inside the tag: skip it
        }
        var name = text[nameStart..i];
        i = SkipSpace(text, i);
        if (i >= text.Length || text[i] != '=')
        {
            problems.Add($"attribute '{name}' without a value");
            attributes.Add((name, name));
            return i;
        }
        i = SkipSpace(text, i + 1);
        if (i < text.Length && (text[i] == '"' || text[i] == '\''))
        {
            var quote = text[i];
            var close = text.IndexOf(quote, i + 1);
            var end = close < 0 ? text.Length : close;
            attributes.Add((name, text[(i + 1)..end]));
            return close < 0 ? text.Length : close + 1;
        }
        var valueStart = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>')
        {
            i++;
        }
        problems.Add($"unquoted attribute '{name}'");
        attributes.Add((name, text[valueStart..i]));
        return i;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';
}
