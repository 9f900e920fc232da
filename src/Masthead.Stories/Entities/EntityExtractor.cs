using Masthead.Core;

namespace Masthead.Stories;

/// <summary>
/// People, organisations and places named in an article, by rules over capitalised spans (no trained model):
/// the gazetteer and organisation list first, then organisation head words ("... Party", "... University"),
/// acronyms, person titles ("Sen.", "President") and two- to four-word names. A lone surname is folded into the
/// full name mentioned elsewhere ("Etheridge" -> "Bob Etheridge"). Ranked by mentions.
/// </summary>
internal sealed class EntityExtractor
{
    private const int MaxEntities = 20;
    private readonly Gazetteer _gazetteer = Gazetteer.Default;

    public IReadOnlyList<NamedEntity> Extract(string? title, string? text)
    {
        var body = string.IsNullOrWhiteSpace(text) ? title ?? "" : text;
        var found = new Dictionary<string, (NamedEntity Entity, int Count, int First)>(StringComparer.Ordinal);
        var singles = new List<(string Word, bool SentenceStart, string? Title)>();
        foreach (var span in NameSpans.Find(body, Limits.MaxStoryTextChars))
        {
            if (span.Words.Count == 0)
            {
                continue;
            }
            var entity = Classify(span);
            if (entity is null)
            {
                singles.Add((span.Words[0], span.SentenceStart, span.Title));
                continue;
            }
            Count(found, entity);
        }
        ResolveSingles(found, singles);
        return [.. found.Values.OrderByDescending(e => e.Count).ThenBy(e => e.First).Take(MaxEntities).Select(e => e.Entity)];
    }

    /// <summary>The entity a span names, or null for a lone word that needs the whole article to decide.</summary>
    private NamedEntity? Classify(NameSpans.Span span)
    {
        var text = string.Join(' ', span.Words).TrimEnd('.');
        if (_gazetteer.TryPlace(text, out var place) && span.Title is null)
        {
            return new NamedEntity(place.Name, NamedEntity.Place, place.Lat, place.Lon);
        }
        if (_gazetteer.TryOrganization(text, out var org) || _gazetteer.TryOrganization(text + ".", out org))
        {
            return new NamedEntity(org, NamedEntity.Organization, null, null);
        }
        var lowerWords = span.Words.Select(w => w.TrimEnd('.').ToLowerInvariant()).ToList();
        if (lowerWords.Any(EntityWords.OrganizationHeads.Contains) && span.Words.Count > 1)
        {
            return new NamedEntity(text, NamedEntity.Organization, null, null);
        }
        if (span.Words.Count == 1)
        {
            var word = span.Words[0].TrimEnd('.');
            return word.Length is >= 2 and <= 6 && word.Replace(".", "", StringComparison.Ordinal).All(char.IsUpper)
                ? new NamedEntity(word, NamedEntity.Organization, null, null)
                : null;
        }
        return span.Words.Count <= 4 && !lowerWords.Any(EntityWords.NotEntities.Contains)
            ? new NamedEntity(text, NamedEntity.Person, null, null)
            : null;
    }

    // A lone capitalised word: part of a person named in full elsewhere, else a name of its own when the article
    // uses it mid-sentence (a capital at a sentence start proves nothing).
    private static void ResolveSingles(Dictionary<string, (NamedEntity Entity, int Count, int First)> found,
        List<(string Word, bool SentenceStart, string? Title)> singles)
    {
        var people = found.Values.Where(e => e.Entity.Type == NamedEntity.Person).Select(e => e.Entity).ToList();
        var midSentence = singles.Where(s => !s.SentenceStart).CountBy(s => s.Word).ToDictionary(StringComparer.Ordinal);
        foreach (var (word, _, title) in singles)
        {
            var lower = word.ToLowerInvariant();
            if (EntityWords.NotEntities.Contains(lower) || EntityWords.PersonTitles.Contains(lower) || word.Length < 2)
            {
                continue;
            }
            var person = people.FirstOrDefault(p => p.Text.EndsWith(" " + word, StringComparison.Ordinal) || p.Text.StartsWith(word + " ", StringComparison.Ordinal));
            if (person is not null)
            {
                Count(found, person);
            }
            else if (title is not null || (midSentence.GetValueOrDefault(word) >= 2 && !IsDemonym(lower)))
            {
                var type = title is not null ? NamedEntity.Person : lower.EndsWith('s') ? NamedEntity.Organization : NamedEntity.Person;
                Count(found, new NamedEntity(word, type, null, null));
            }
        }
    }

    private static bool IsDemonym(string lower) =>
        lower.EndsWith("an", StringComparison.Ordinal) || lower.EndsWith("ese", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal) || lower.EndsWith("ans", StringComparison.Ordinal);

    private static void Count(Dictionary<string, (NamedEntity Entity, int Count, int First)> found, NamedEntity entity)
    {
        found[entity.Text] = found.TryGetValue(entity.Text, out var seen)
            ? (seen.Entity, seen.Count + 1, seen.First)
            : (entity, 1, found.Count);
    }
}
