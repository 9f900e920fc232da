using AngleSharp.Dom;

namespace Masthead.Extraction.Content;

/// <summary>Measures of one element's subtree, taken in one pass (see <see cref="StatsCollector"/>).</summary>
internal sealed class NodeStats
{
    /// <summary>Characters of text, whitespace runs counted as one.</summary>
    public int Text { get; set; }

    /// <summary>Characters of text inside links.</summary>
    public int LinkText { get; set; }

    /// <summary>Characters of text inside paragraph-like elements (p, pre, blockquote, td, li...).</summary>
    public int ParagraphText { get; set; }

    /// <summary>Characters of prose: paragraphs (or direct text runs) of some length that are not mostly links.</summary>
    public int GoodText { get; set; }

    public int Commas { get; set; }

    public int Paragraphs { get; set; }

    public int Images { get; set; }

    public int ListItems { get; set; }

    public int Inputs { get; set; }

    public int Embeds { get; set; }

    public int Headings { get; set; }

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;

    public void Add(NodeStats child)
    {
        Text += child.Text;
        LinkText += child.LinkText;
        ParagraphText += child.ParagraphText;
        GoodText += child.GoodText;
        Commas += child.Commas;
        Paragraphs += child.Paragraphs;
        Images += child.Images;
        ListItems += child.ListItems;
        Inputs += child.Inputs;
        Embeds += child.Embeds;
        Headings += child.Headings;
    }
}

/// <summary>The stats of every element under a root, by element.</summary>
internal sealed class StatsTable(Dictionary<IElement, NodeStats> map)
{
    private static readonly NodeStats Empty = new();

    public NodeStats this[IElement element] => map.TryGetValue(element, out var stats) ? stats : Empty;
}
