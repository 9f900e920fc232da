namespace Masthead.Stories;

/// <summary>
/// Splits running text into sentences at '.', '!' or '?' followed by a space and a capital, digit or quote,
/// except after abbreviations and initials ("Mr.", "Sen.", "U.S.", "J."), which come from the person-title
/// table and Data/abbreviations.txt. Paragraph breaks always end a sentence.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(
        EmbeddedData.ReadLines("abbreviations.txt").Concat(EntityWords.PersonTitles), StringComparer.OrdinalIgnoreCase);

    public static List<string> Split(string? text, int maxChars, int maxSentences)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sentences;
        }
        var end = Math.Min(text.Length, maxChars);
        var start = 0;
        for (var i = 0; i < end && sentences.Count < maxSentences; i++)
        {
            if (text[i] == '\n' || (text[i] is '.' or '!' or '?' && IsBoundary(text, i, end)))
            {
                var closing = i + 1;
                while (closing < end && text[closing] is '"' or '”' or '’' or '\'' or ')')
                {
                    closing++;
                }
                Add(sentences, text[start..closing]);
                start = closing;
                i = closing - 1;
            }
        }
        if (sentences.Count < maxSentences)
        {
            Add(sentences, text[start..end]);
        }
        return sentences;
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var sentence = string.Join(' ', candidate.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (sentence.Any(char.IsLetter))
        {
            sentences.Add(sentence);
        }
    }

    private static bool IsBoundary(string text, int i, int end)
    {
        var next = i + 1;
        while (next < end && text[next] is '"' or '”' or '’' or '\'' or ')')
        {
            next++;
        }
        if (next >= end)
        {
            return true;
        }
        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        if (next < end && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '‘' or '\''))
        {
            return false;
        }
        return text[i] != '.' || !IsAbbreviation(text, i);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }
        var word = text[start..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || word.Contains('.', StringComparison.Ordinal) || Abbreviations.Contains(word);
    }
}
