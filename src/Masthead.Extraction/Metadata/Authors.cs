using System.Text.RegularExpressions;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Metadata;

/// <summary>Turns raw byline strings ("By Jane Doe and John Roe | Reuters") into a clean, de-duplicated list of names.</summary>
internal static partial class Authors
{
    private const int MaxNameLength = 80;
    private const int MaxNameWords = 6;

    /// <summary>"Jane Doe (with John Roe)", "(avec ...)", "(mit ...)": co-authors in parentheses, in the languages the table lists.</summary>
    private static readonly Regex WithClause = new(
        @"\(\s*(?:" + string.Join('|', Heuristics.Default.BylineWithWords.Select(w => Regex.Escape(w))) + @")\s+([^()]+)\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static List<string> Normalize(IEnumerable<string> raw)
    {
        var names = new List<string>();
        foreach (var value in raw)
        {
            foreach (var part in Split(value))
            {
                if (!names.Contains(part, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(part);
                }
            }
        }
        return names;
    }

    /// <summary>
    /// Bibliographic records' personal names written surname first ("Jong, Michiel de"; "Doe, Jane M."; "Doe, Jane;
    /// Roe, John", the form Dublin Core's creator takes) in reading order. Each ';'-separated record with one surname
    /// word before its only comma and one name after it is turned round. Left as written, for <see cref="Normalize"/>
    /// to split: anything else ("Jane Doe, John Roe", "Jane Doe, Staff Writer"), an agency with its dateline ("AP,
    /// Washington", "Reuters, London": an all-capitals or listed agency name is no surname), and values longer than a
    /// record ever is.
    /// </summary>
    public static string Uninvert(string value)
    {
        if (value.Length > MaxInvertedLength || !value.Contains(','))
        {
            return value;
        }
        var records = value.Split(';');
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = UninvertRecord(records[i]);
        }
        return string.Join("; ", records);
    }

    /// <summary>Longest value read as bibliographic records: a creator record is a name, a longer value is page text.</summary>
    private const int MaxInvertedLength = 200;

    private static string UninvertRecord(string record)
    {
        var match = InvertedName().Match(record);
        if (!match.Success)
        {
            return record;
        }
        var surname = match.Groups["surname"].Value;
        var given = match.Groups["given"].Value.Trim();
        // A trailing initial ("Jane M.") ends the given name; it is not the full stop of a sentence.
        var name = given.EndsWith('.') && given.Length > 2 && given[^3] == ' ' && char.IsUpper(given[^2]) ? given[..^1] : given;
        var isAgency = surname.Length > 1 && surname.All(c => !char.IsLetter(c) || char.IsUpper(c)) || Heuristics.Default.BylineAgencies.Contains(surname);
        var oneName = Separators().Split(given).Length == 1 && LooksLikeName(name)
            && !given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(Heuristics.Default.BylineRoleWords.Contains);
        return oneName && !isAgency && !IsJobTitle(given) && !IsPostNominal(given) && !Heuristics.Default.BylineRoleWords.Contains(surname)
            ? given + " " + surname
            : record;
    }

    private static IEnumerable<string> Split(string value)
    {
        // "Jane Doe (https://example.org/jane)" and "Jane Doe <jane@example.org>": the name without its address.
        var text = TextNormalizer.Clean(Addresses().Replace(value, " "), 400);
        if (text is null || text.Contains("://", StringComparison.Ordinal) || text.StartsWith('@'))
        {
            yield break;
        }
        text = WithClause.Replace(StripPrefix(text), ", $1");
        var pieces = JoinInitials(Separators().Split(text));
        for (var i = 0; i < pieces.Count; i++)
        {
            var name = StripPrefix(pieces[i].Trim(' ', ',', ';', '|', '-', '–', '—', '.', ':'));
            // After a name, a part ending in a role noun is that person's job ("Jane Doe, AP Sports Writer") and a
            // part made of degrees is that person's letters ("Jane Doe, MS, RDN"); as the first part it may be a
            // surname ("Ann Writer").
            if (LooksLikeName(name) && (i == 0 || !(IsJobTitle(name) || IsPostNominal(name))))
            {
                yield return name;
            }
        }
    }

    /// <summary>
    /// The inverted form of bibliographic records ("Kooman, F.", as Dublin Core and citation metadata write names):
    /// a part made only of initials is the given name of the part before it, not a second author.
    /// </summary>
    private static List<string> JoinInitials(string[] pieces)
    {
        var joined = new List<string>(pieces.Length);
        foreach (var piece in pieces)
        {
            var trimmed = piece.Trim();
            if (joined.Count > 0 && joined[^1].Length > 0 && Initials().IsMatch(trimmed))
            {
                joined[^1] = trimmed + " " + joined[^1];
            }
            else
            {
                joined.Add(trimmed);
            }
        }
        return joined;
    }

    private static bool IsJobTitle(string name) =>
        Heuristics.Default.BylineRoleNouns.Contains(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);

    private static bool IsPostNominal(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Heuristics.Default.BylinePostNominals.Contains(w.TrimEnd('.')));

    /// <summary>
    /// A person's or desk's name: a few words, letters, no digits or addresses, no sentence; not page furniture
    /// ("Share", "Updated") and not a bare job title ("Staff Writer").
    /// </summary>
    private static bool LooksLikeName(string name)
    {
        if (name.Length is < 2 or > MaxNameLength || !name.Any(char.IsLetter) || name.Contains('@') || name.Any(char.IsDigit))
        {
            return false;
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Heuristics.Default.BylineNoise.Contains(name) || words.All(Heuristics.Default.BylineRoleWords.Contains))
        {
            return false;
        }
        return words.Length <= MaxNameWords && words.Any(w => w.Count(char.IsLetter) >= 2) && !name.EndsWith('.') && !name.EndsWith('!') && !name.EndsWith('?');
    }

    private static string StripPrefix(string text)
    {
        foreach (var prefix in Heuristics.Default.BylinePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[prefix.Length..].Trim();
            }
        }
        return text;
    }

    [GeneratedRegex(@"[(<\[][^()<>\[\]]*(?:://|@)[^()<>\[\]]*[)>\]]")]
    private static partial Regex Addresses();

    /// <summary>
    /// Between names: comma, semicolon, bar, and the word "and" in a few languages. Not an ampersand with a lone
    /// letter beside it (a name such as "Mac &amp; i" or "AT &amp; T"), and not "y" or "e" followed by a full stop
    /// (a middle initial, as in "Bruce Y. Lee", rather than the Spanish or Portuguese "and").
    /// </summary>
    [GeneratedRegex(@"\s*(?:,|;|\||\band\b|(?<!(?:^|\s)\p{L}\s*)&(?!\s*\p{L}(?![\p{L}.]))|\bund\b|\bet\b|\b[ye]\b(?!\.))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    // The given name starts at a non-space, so the white space after the comma has one reading (no backtracking between them).
    [GeneratedRegex(@"^\s*(?<surname>[\p{L}'’-]+)\s*,\s*(?<given>[^\s,;|&()<>\[\]][^,;|&()<>\[\]]*)$")]
    private static partial Regex InvertedName();

    /// <summary>One or more initials: "F.", "M. J.", "J.-P.".</summary>
    [GeneratedRegex(@"^(?:\p{Lu}\.[\s-]*)+$")]
    private static partial Regex Initials();
}
