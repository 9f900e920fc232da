using Masthead.Core;
using UtfUnknown;

namespace Masthead.Feeds.Decoding;

/// <summary>
/// A guess at the encoding of a document that names none its bytes fit, the step feedparser takes with chardet
/// before its last resort. The guess comes from Mozilla's universal charset detector (UTF.Unknown; chardet is a
/// port of the same detector): byte-sequence validity per multi-byte encoding and character-frequency models per
/// language. Only the legacy encodings chardet reports are taken, under chardet's names; Latin-script guesses are
/// left to the windows-1252 last resort.
/// </summary>
internal static class LegacyCharsetDetector
{
    /// <summary>Below this the detector is unsure (its answers for real text in these encodings score 0.6 and up).</summary>
    private const float MinConfidence = 0.5f;

    /// <summary>The detector's name for an encoding, to the name chardet reports and the decoder that reads it.</summary>
    private static readonly Dictionary<string, (string Reported, string Decoder)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["big5"] = ("Big5", "big5"),
        ["gb18030"] = ("GB2312", "gb18030"), // chardet names simplified Chinese GB2312; GB18030 decodes its supersets too
        ["euc-jp"] = ("EUC-JP", "euc-jp"),
        ["shift-jis"] = ("SHIFT_JIS", "shift_jis"),
        ["euc-kr"] = ("EUC-KR", "euc-kr"),
        ["cp949"] = ("CP949", "ks_c_5601-1987"),
        ["koi8-r"] = ("KOI8-R", "koi8-r"),
        ["windows-1251"] = ("windows-1251", "windows-1251"),
        ["iso-8859-5"] = ("ISO-8859-5", "iso-8859-5"),
        ["x-mac-cyrillic"] = ("MacCyrillic", "x-mac-cyrillic"),
        ["ibm866"] = ("IBM866", "ibm866"),
        ["ibm855"] = ("IBM855", "ibm855"),
        ["iso-8859-7"] = ("ISO-8859-7", "iso-8859-7"),
        ["windows-1253"] = ("windows-1253", "windows-1253"),
        ["iso-8859-8"] = ("ISO-8859-8", "iso-8859-8"),
        ["windows-1255"] = ("windows-1255", "windows-1255"),
        ["tis-620"] = ("TIS-620", "windows-874"), // windows-874 is TIS-620 plus a few punctuation marks
    };

    /// <summary>The encoding the bytes most likely are, or null when the detector is unsure or guesses a Latin script.</summary>
    public static (string Reported, string Decoder)? Detect(ReadOnlySpan<byte> body)
    {
        var sample = body[..Math.Min(body.Length, Limits.MaxCharsetSniffBytes)].ToArray();
        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        if (detected is null || detected.Confidence < MinConfidence || detected.EncodingName is not { } name)
        {
            return null;
        }
        return Known.TryGetValue(name, out var known) ? known : null;
    }
}
