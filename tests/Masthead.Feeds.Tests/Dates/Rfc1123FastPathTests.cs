using System.Text.Json;
using Masthead.Feeds.Dates;
using Masthead.Testing;

namespace Masthead.Feeds.Tests.Dates;

/// <summary>
/// The RFC 1123 fast path must read every form it accepts to the instant the general parsers give the same text,
/// and leave the forms it does not know to them.
/// </summary>
public sealed class Rfc1123FastPathTests
{
    [Theory]
    [InlineData("two-digit day", "Sun, 08 Jan 2017 00:10:21 +0900")]
    [InlineData("one-digit day", "Sat, 7 Jan 2017 16:22:29 +0100")]
    [InlineData("one-digit day, negative zone", "Sat, 7 Jan 2017 09:40:00 -0500")]
    [InlineData("no weekday", "07 Jan 2017 18:20:03 +0300")]
    [InlineData("no weekday, one-digit day", "7 Jan 2017 18:20:03 GMT")]
    [InlineData("zone Z", "Mon, 2 Jan 2006 15:04:05 Z")]
    [InlineData("zone UT", "2 Jan 2006 15:04:05 UT")]
    [InlineData("zone -0000", "Fri, 9 Jan 2026 23:59:59 -0000")]
    [InlineData("named zone", "Wed, 09 Mar 2016 13:00:00 EST")]
    [InlineData("named zone in lower case", "9 Mar 2016 13:00:00 pdt")]
    [InlineData("military zone", "Wed, 09 Mar 2016 13:00:00 A")]
    [InlineData("German weekday", "Mi, 04 Jan 2017 17:36:24 +0000")]
    [InlineData("weekday written out", "Wednesday, 4 Jan 2017 17:36:24 GMT")]
    [InlineData("French weekday that is also a month name", "Mar, 3 Jan 2017 17:36:24 +0100")]
    public void Fast_path_reads_the_form_as_the_general_parser_does(string name, string text)
    {
        Assert.NotNull(name);
        Assert.True(Rfc1123Dates.TryParse(text, out var fast), text);
        Assert.True(General(text, out var general), text);
        Assert.Equal(general, fast);
        Assert.Equal(general.Offset, fast.Offset);
    }

    [Theory]
    [InlineData("unknown word for the weekday", "Xyz, 7 Jan 2017 16:22:29 +0100")]
    [InlineData("unknown word for the weekday, two-digit day and a named zone", "Xyz, 07 Jan 2017 16:22:29 EST")]
    [InlineData("unknown word for the weekday, two-digit day and zone Z", "Xyz, 07 Jan 2017 16:22:29 Z")]
    [InlineData("unknown zone", "Wed, 09 Mar 2016 13:00:00 XST")]
    [InlineData("German month", "Do, 22 Dez 2016 17:36:00 +0000")]
    [InlineData("lower-case month", "Sat, 7 jan 2017 16:22:29 +0100")]
    [InlineData("no seconds", "Sat, 7 Jan 2017 16:22 +0100")]
    [InlineData("three-digit day", "Sat, 107 Jan 2017 16:22:29 +0100")]
    [InlineData("minutes out of range in the zone", "7 Jan 2017 16:22:29 +0175")]
    [InlineData("day past the month", "31 Feb 2017 16:22:29 +0100")]
    public void Fast_path_leaves_other_forms_to_the_general_parsers(string name, string text)
    {
        Assert.NotNull(name);
        Assert.False(Rfc1123Dates.TryParse(text, out _), text);
    }

    public static TheoryData<string> CorpusInputs()
    {
        var data = new TheoryData<string>();
        if (!Corpora.Has("feeds/dates/dates.json"))
        {
            data.Add("corpus missing");
            return data;
        }
        using var json = JsonDocument.Parse(File.ReadAllBytes(Corpora.PathOf("feeds/dates/dates.json")));
        var seen = new HashSet<string>();
        foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (c.GetProperty("input").ValueKind == JsonValueKind.String && seen.Add(c.GetProperty("input").GetString()!))
            {
                data.Add(c.GetProperty("input").GetString()!);
            }
        }
        return data;
    }

    [CorpusTheory("feeds/dates/dates.json")]
    [MemberData(nameof(CorpusInputs))]
    public void Every_corpus_date_the_fast_path_takes_reads_as_the_general_parser_does(string text)
    {
        var trimmed = text.Trim();
        if (!Rfc1123Dates.TryParse(trimmed, out var fast))
        {
            return;
        }
        Assert.True(General(trimmed, out var general), text);
        Assert.Equal(general, fast);
        Assert.Equal(general.Offset, fast.Offset);
    }

    /// <summary>What <see cref="FeedDates.TryParse"/> would do without the fast paths.</summary>
    private static bool General(string text, out DateTimeOffset value) => IsoDates.TryParse(text, out value) || WordDates.TryParse(text, out value);
}
