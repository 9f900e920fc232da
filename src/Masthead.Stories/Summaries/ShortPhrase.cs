namespace Masthead.Stories;

/// <summary>
/// Cuts a sentence to a whole phrase of at most <see cref="MaxChars"/> characters: the sentence itself when it
/// fits, else its longest clause prefix ending at a comma, semicolon, colon or dash, else its longest word prefix
/// with trailing function words removed ("... the" would read as a cut). Never ends mid-word.
/// </summary>
public static class ShortPhrase
{
    public const int MaxChars = 140;
    private const int MinClause = 40;

    public static string Cut(string sentence, int maxChars = MaxChars)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= maxChars)
        {
            return text;
        }
        var window = text[..(maxChars + 1)];
        var clause = window.LastIndexOfAny([',', ';', ':', '—', '–', '(']);
        if (clause >= MinClause)
        {
            return window[..clause].TrimEnd(' ', '-', '(');
        }
        var lastSpace = window.LastIndexOf(' ');
        if (lastSpace <= 0)
        {
            // One unbroken token longer than the limit (a URL, garbage): nothing whole fits; cut it plainly.
            return text[..maxChars];
        }
        var words = window[..lastSpace].Split(' ').ToList();
        while (words.Count > 1 && (Tokenizer.IsStopWord(words[^1].ToLowerInvariant()) || words[^1].Length <= 2))
        {
            words.RemoveAt(words.Count - 1);
        }
        return string.Join(' ', words).TrimEnd(',', ';', ':', '-');
    }
}
