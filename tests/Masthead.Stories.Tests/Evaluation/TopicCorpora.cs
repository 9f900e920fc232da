using System.Text;
using Masthead.Stories;
using Masthead.Testing;

namespace Masthead.Stories.Tests;

/// <summary>
/// The topic sets, read in place for evaluation only: BBC News (Latin-1 files, first line the headline,
/// byte-identical copies removed) and the AG News test split (CSV: class, title, description).
/// </summary>
internal static class TopicCorpora
{
    public const string BbcPath = "stories/bbc/bbc";
    public const string AgPath = "stories/ag-news-test/test.csv";

    /// <summary>Issue 5's mapping of the BBC folders to acceptable hashtags.</summary>
    public static readonly Dictionary<string, string[]> BbcHashtags = new()
    {
        ["business"] = ["#economy"],
        ["entertainment"] = ["#culture"],
        ["politics"] = ["#politics"],
        ["sport"] = ["#sports"],
        ["tech"] = ["#technology", "#science"],
    };

    /// <summary>Issue 5's mapping of the AG News classes (1 World, 2 Sports, 3 Business, 4 Sci/Tech).</summary>
    public static readonly Dictionary<string, string[]> AgHashtags = new()
    {
        ["1"] = ["#foreignaffairs", "#military", "#politics", "#crime", "#society", "#religion"],
        ["2"] = ["#sports"],
        ["3"] = ["#economy"],
        ["4"] = ["#technology", "#science", "#health"],
    };

    /// <summary>
    /// Deterministic half of an item by its id ("business/001.txt", an AG row number): FNV-1a 32-bit, low bit.
    /// Errors are studied only on the dev half; a tagger change counts only if the held-out half improves too.
    /// </summary>
    public static bool IsHeldOut(string id)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }
        return (hash & 1) == 1;
    }

    /// <summary>The BBC items with ids relative to the corpus folder ("business/001.txt").</summary>
    public static List<(string Label, StoryArticle Article)> Bbc()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<(string, StoryArticle)>();
        foreach (var folder in Directory.GetDirectories(Corpora.PathOf(BbcPath)).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                var all = File.ReadAllText(file, Encoding.Latin1);
                if (!seen.Add(all))
                {
                    continue;
                }
                var parts = all.Split('\n', 2);
                var id = Path.GetFileName(folder) + "/" + Path.GetFileName(file);
                items.Add((Path.GetFileName(folder), new StoryArticle(id, null, "BBC", parts[0].Trim(), parts.Length > 1 ? parts[1] : "", null)));
            }
        }
        return items;
    }

    public static List<(string Label, StoryArticle Article)> AgNews()
    {
        var items = new List<(string, StoryArticle)>();
        foreach (var line in File.ReadLines(Corpora.PathOf(AgPath)))
        {
            var cells = Csv(line);
            if (cells.Count >= 3)
            {
                // AG News writes line breaks inside descriptions as a backslash.
                items.Add((cells[0], new StoryArticle(items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, cells[1], cells[2].Replace('\\', ' '), null)));
            }
        }
        return items;
    }

    /// <summary>One CSV record of quoted fields ("" is a quote inside a field).</summary>
    private static List<string> Csv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
