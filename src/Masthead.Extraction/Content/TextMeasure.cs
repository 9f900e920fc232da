namespace Masthead.Extraction.Content;

/// <summary>Text measures that ignore markup whitespace: a run of whitespace counts as one character.</summary>
internal static class TextMeasure
{
    public static int Length(string text)
    {
        var length = 0;
        var space = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    length++;
                    space = true;
                }
                continue;
            }
            length++;
            space = false;
        }
        return length;
    }

    /// <summary>Commas of the Latin, CJK and Arabic scripts: a cheap signal of running prose.</summary>
    public static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、' or '،' or '﹐')
            {
                count++;
            }
        }
        return count;
    }
}
