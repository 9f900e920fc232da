using Masthead.Feeds.Content;

namespace Masthead.Feeds.Tests.Content;

/// <summary>UTF-8 read as Latin-1 or Windows-1252 and encoded again is read back; real accented text is left alone.</summary>
public sealed class DoubleEncodingTests
{
    [Theory]
    [InlineData("ellipsis through latin-1", "\u00e2\u0080\u00a6", "\u2026")]
    [InlineData("ellipsis through windows-1252", "\u00e2\u20ac\u00a6", "\u2026")]
    [InlineData("apostrophe in a sentence", "don\u00e2\u20ac\u2122t <b>stop</b>", "don\u2019t <b>stop</b>")]
    [InlineData("accented latin", "caf\u00e9 cr\u00e8me", "caf\u00e9 cr\u00e8me")]
    [InlineData("lead without continuation later", "\u00c3\u00a9t\u00e9", "\u00c3\u00a9t\u00e9")]
    [InlineData("character outside both code pages", "\u00c3\u00a9 \u65e5", "\u00c3\u00a9 \u65e5")]
    [InlineData("ascii", "plain text", "plain text")]
    public void Double_encoded_utf8_is_repaired(string name, string text, string expected)
    {
        Assert.True(expected == DoubleEncoding.Repair(text), name + ": " + DoubleEncoding.Repair(text));
    }

    [Theory]
    [InlineData("repaired and trimmed", "  don\u00e2\u20ac\u2122t\n", "don\u2019t")]
    [InlineData("trimmed only", "\t caf\u00e9 ", "caf\u00e9")]
    [InlineData("invalid sequence kept, trimmed", " \u00c3\u00a9\u00c3 ", "\u00c3\u00a9\u00c3")]
    [InlineData("nothing to do", "plain", "plain")]
    [InlineData("white space only", "  \n ", "")]
    public void Repair_of_trimmed_text_equals_repair_after_trim(string name, string text, string expected)
    {
        Assert.True(expected == DoubleEncoding.RepairTrimmed(text), name + ": " + DoubleEncoding.RepairTrimmed(text));
        Assert.Equal(DoubleEncoding.Repair(text.Trim()), DoubleEncoding.RepairTrimmed(text));
    }
}
