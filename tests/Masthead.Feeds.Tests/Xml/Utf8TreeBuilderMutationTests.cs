using System.Text;
using Masthead.Feeds.Xml;
using Masthead.Testing;

namespace Masthead.Feeds.Tests.Xml;

/// <summary>
/// The byte reader's promise, tried on broken input: corpus feeds damaged at random (a seeded generator, so every run
/// tries the same documents) by inserting markup fragments, deleting a range or repeating one. Whatever it accepts,
/// System.Xml must accept too, with the same tree; what it refuses costs only speed.
/// </summary>
public sealed class Utf8TreeBuilderMutationTests
{
    private static readonly string[] Fragments =
    [
        "<", ">", "&", "&amp", "&#0;", "&#x110000;", "&nbsp;", "]]>", "<![CDATA[", "</x>", "<x>", "<a:b>", "\u0001", "\r", "\r\n",
        "<!--", "-->", "--", "<?xml version=\"1.0\"?>", "<?pi?>", "<!DOCTYPE x>", "<!DOCTYPE rss SYSTEM \"a\">", "<!DOCTYPE rss PUBLIC \"p\" \"s\">", "<!DOCTYPE rss [", " a='1'", " a=\"1\" a=\"2\"", " xmlns:p=\"\"",
        " xmlns=\"urn:x\"", " xmlns:q=\"http://www.w3.org/XML/1998/namespace\"", " xmlns=\"http://www.w3.org/2000/xmlns/\"", "p:", ":", "'", "\"", "=", "/>", "\uFFFF", "é", " xml:space=\"preserve\"",
    ];

    [CorpusFact("feeds")]
    public void Whatever_it_accepts_System_Xml_accepts_with_the_same_tree()
    {
        var sources = Directory.EnumerateFiles(Corpora.PathOf("feeds"), "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes)
            .Where(b => b.Length < 20000 && System.Text.Unicode.Utf8.IsValid(b) && Utf8TreeBuilder.TryBuild(b, null) is not null)
            .Take(2000).ToList();
        var random = new Random(20261127);
        var (accepted, wrong) = (0, new List<string>());
        for (var i = 0; i < 20_000; i++)
        {
            var mutated = Encoding.UTF8.GetString(sources[random.Next(sources.Count)]);
            for (var damage = random.Next(1, 4); damage > 0; damage--)
            {
                mutated = Mutate(mutated, random);
            }
            var bytes = Encoding.UTF8.GetBytes(mutated);
            if (Utf8TreeBuilder.TryBuild(bytes, "http://example.org/") is not { } fast)
            {
                continue;
            }
            accepted++;
            var strict = StrictTreeBuilder.TryBuild(bytes, "http://example.org/");
            if (strict is null || TreeShape.Of(strict.Root!) != TreeShape.Of(fast.Root!))
            {
                wrong.Add(mutated);
            }
        }
        Assert.True(accepted > 500, $"only {accepted} mutated documents accepted: the test tries too little");
        Assert.True(wrong.Count == 0, $"{wrong.Count} accepted documents differ from System.Xml's reading, first:\n{wrong.FirstOrDefault()}");
    }

    /// <summary>Bytes, not characters: corpus feeds with stray bytes put in, most of which break UTF-8.</summary>
    private static readonly byte[] StrayBytes = [0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xF5, 0xFF, (byte)'<', (byte)'&'];

    /// <summary>
    /// The byte reader is handed documents whose bytes nobody checked: whatever it accepts must be UTF-8 throughout,
    /// and read as System.Xml reads it.
    /// </summary>
    [CorpusFact("feeds")]
    public void Whatever_it_accepts_is_UTF8_and_read_as_System_Xml_reads_it()
    {
        var sources = Directory.EnumerateFiles(Corpora.PathOf("feeds"), "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes)
            .Where(b => b.Length < 20000 && Utf8TreeBuilder.TryBuild(b, null) is not null)
            .Take(1000).ToList();
        var random = new Random(20261128);
        var (accepted, refused, wrong) = (0, 0, new List<string>());
        for (var i = 0; i < 10_000; i++)
        {
            var bytes = sources[random.Next(sources.Count)].ToList();
            for (var damage = random.Next(1, 3); damage > 0; damage--)
            {
                bytes.Insert(random.Next(bytes.Count + 1), StrayBytes[random.Next(StrayBytes.Length)]);
            }
            var document = bytes.ToArray();
            if (Utf8TreeBuilder.TryBuild(document, "http://example.org/") is not { } fast)
            {
                refused++;
                continue;
            }
            accepted++;
            var strict = StrictTreeBuilder.TryBuild(document, "http://example.org/");
            if (!System.Text.Unicode.Utf8.IsValid(document) || strict is null || TreeShape.Of(strict.Root!) != TreeShape.Of(fast.Root!))
            {
                wrong.Add(Convert.ToBase64String(document));
            }
        }
        Assert.True(accepted > 100 && refused > 1000, $"{accepted} accepted, {refused} refused: the test tries too little");
        Assert.True(wrong.Count == 0, $"{wrong.Count} accepted documents are not UTF-8 or differ from System.Xml's reading, first (base64):\n{wrong.FirstOrDefault()}");
    }

    private static string Mutate(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        return random.Next(3) switch
        {
            0 => text.Insert(at, Fragments[random.Next(Fragments.Length)]),
            1 => text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at)),
            _ => text.Insert(at, Slice(text, random.Next(text.Length), random.Next(1, 12))),
        };
    }

    private static string Slice(string text, int start, int length) => text.Substring(start, Math.Min(length, text.Length - start));
}
