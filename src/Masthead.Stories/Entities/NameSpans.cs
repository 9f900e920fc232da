namespace Masthead.Stories;

/// <summary>
/// Finds runs of capitalised words in running text: "Rep. Bob Etheridge", "Bank of England", "N.A.A.C.P.".
/// Each span records whether it opens a sentence (where a capital proves nothing) and the title word before it.
/// </summary>
internal static class NameSpans
{
    public readonly record struct Span(IReadOnlyList<string> Words, bool SentenceStart, string? Title);

    public static List<Span> Find(string text, int maxChars)
    {
        var tokens = Tokens(text, maxChars);
        var spans = new List<Span>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsCapitalised(tokens[i].Word))
            {
                i++;
                continue;
            }
            var start = i;
            var words = new List<string>();
            while (i < tokens.Count && (IsCapitalised(tokens[i].Word) ||
                   (EntityWords.Connectors.Contains(tokens[i].Word) && i + 1 < tokens.Count && IsCapitalised(tokens[i + 1].Word) && !tokens[i].BreakAfter)))
            {
                words.Add(tokens[i].Word);
                if (tokens[i++].BreakAfter)
                {
                    break;
                }
            }
            spans.AddRange(SplitPlace(Split(words, tokens[start].SentenceStart)));
        }
        return spans;
    }

    // Leading function words and titles are not part of the name: "But Sen. John McCain" -> John McCain (title sen).
    private static Span Split(List<string> words, bool sentenceStart)
    {
        // "Justice Department", "Secretary of State Office": a name ending in an organisation word keeps its titles.
        var isOrganization = words.Count > 1 && EntityWords.OrganizationHeads.Contains(words[^1].TrimEnd('.').ToLowerInvariant());
        string? title = null;
        var k = 0;
        while (k < words.Count - 1 || (k < words.Count && EntityWords.NotEntities.Contains(words[k].ToLowerInvariant())))
        {
            var lower = words[k].TrimEnd('.').ToLowerInvariant();
            if (EntityWords.PersonTitles.Contains(lower) && !isOrganization)
            {
                title = lower;
            }
            else if (!EntityWords.NotEntities.Contains(lower))
            {
                break;
            }
            sentenceStart = false;
            k++;
        }
        // "House Majority Leader Eric Cantor": the name is what follows the last title word.
        for (var j = words.Count - 2; j >= k && !isOrganization; j--)
        {
            if (EntityWords.PersonTitles.Contains(words[j].TrimEnd('.').ToLowerInvariant()))
            {
                return new Span(StripSuffixes(words.Skip(j + 1)), false, words[j].TrimEnd('.').ToLowerInvariant());
            }
        }
        return new Span(StripSuffixes(words.Skip(k)), sentenceStart && k == 0, title);
    }

    // "John Smith of Ohio", "Mayor Jane Doe of Chicago": a person or thing, then where it is from.
    private static IEnumerable<Span> SplitPlace(Span span)
    {
        var words = span.Words;
        var of = -1;
        for (var i = words.Count - 2; i > 0; i--)
        {
            if (words[i] is "of" or "from")
            {
                of = i;
                break;
            }
        }
        var tail = of > 0 ? string.Join(' ', words.Skip(of + 1)).TrimEnd('.') : "";
        if (of <= 0 || !Gazetteer.Default.TryPlace(tail, out _) || words.Take(of).Any(w => EntityWords.OrganizationHeads.Contains(w.TrimEnd('.').ToLowerInvariant())))
        {
            yield return span;
            yield break;
        }
        yield return span with { Words = [.. words.Take(of)] };
        yield return new Span([.. words.Skip(of + 1)], false, null);
    }

    private static List<string> StripSuffixes(IEnumerable<string> words)
    {
        var list = words.ToList();
        while (list.Count > 1 && EntityWords.NameSuffixes.Contains(list[^1].TrimEnd('.').ToLowerInvariant()))
        {
            list.RemoveAt(list.Count - 1);
        }
        return list;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private readonly record struct Token(string Word, bool SentenceStart, bool BreakAfter);

    private static List<Token> Tokens(string text, int maxChars)
    {
        var tokens = new List<Token>();
        var end = Math.Min(text.Length, maxChars);
        var sentenceStart = true;
        var i = 0;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (text[i] is '.' or '-' or '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }
            var word = text[start..i];
            // "U.S." / "N.A.A.C.P." and initials ("Robert S. Mueller") keep their dot and do not end a sentence.
            var initial = word.Length == 1 && char.IsUpper(word[0]);
            if (i < end && text[i] == '.' && (initial || word.Contains('.', StringComparison.Ordinal)))
            {
                word += ".";
                i++;
            }
            word = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
            var next = NextMark(text, i, end);
            var abbreviation = initial || (word.Length <= 4 && EntityWords.PersonTitles.Contains(word.TrimEnd('.').ToLowerInvariant()));
            var breakAfter = Breaks.Contains(next) || (next == '.' && !abbreviation) || IsDateline(word);
            tokens.Add(new Token(word, sentenceStart, breakAfter));
            sentenceStart = (SentenceEnds.Contains(next) && !abbreviation) || IsDateline(word);
        }
        return tokens;
    }

    private const string Breaks = ",;:()\"“”!?\n—–-|[]";
    private const string SentenceEnds = ".!?\n\"“:—–";

    // "WASHINGTON — President Trump": an all-capitals word opening a story is a dateline, not part of a name.
    private static bool IsDateline(string word) => word.Length > 3 && !word.Contains('.', StringComparison.Ordinal) && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>The first character after <paramref name="i"/> that is not a space (a dash or bracket after a space still breaks a name).</summary>
    private static char NextMark(string text, int i, int end)
    {
        while (i < end && text[i] == ' ')
        {
            i++;
        }
        return i < end ? text[i] : '.';
    }
}
