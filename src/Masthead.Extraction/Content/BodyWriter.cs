using AngleSharp.Dom;
using Masthead.Extraction.Rules;

namespace Masthead.Extraction.Content;

/// <summary>
/// Writes the picked content as a flat list of clean blocks (paragraphs, headings, lists, quotes, figures,
/// tables, preformatted text). Wrapper elements vanish; text written straight into a div becomes a paragraph.
/// Elements in the skip set (pruned by ConditionalCleaner) are left out. Recursion is bounded by the tree depth
/// limit (Parsing/DepthGuard).
/// </summary>
internal sealed class BodyWriter(string? baseUrl, IReadOnlySet<IElement> skip)
{
    private readonly List<Block> _blocks = [];
    private readonly InlineBuffer _buffer = new();
    private readonly MediaWriter _media = new(baseUrl);

    public List<Block> Write(IEnumerable<IElement> roots)
    {
        foreach (var root in roots)
        {
            WriteNode(root);
            Flush("p");
        }
        return _blocks;
    }

    private void WriteChildren(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            WriteNode(child);
        }
    }

    private void WriteNode(INode node)
    {
        if (node is IText text)
        {
            _buffer.AppendText(text.Data);
        }
        else if (node is IElement element && !skip.Contains(element))
        {
            if (Inline.IsInline(element))
            {
                Inline.Write(element, _buffer, _media, WriteChildren);
            }
            else
            {
                Flush("p");
                WriteBlock(element);
            }
        }
    }

    private void WriteBlock(IElement element)
    {
        switch (element.LocalName)
        {
            case "p" or "address" or "dt" or "dd" or "summary":
                WriteChildren(element);
                Flush("p");
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                WriteChildren(element);
                Flush(element.LocalName == "h1" ? "h2" : element.LocalName);
                break;
            case "ul" or "ol":
                Add(ListWriter.Write(element, _media));
                break;
            case "blockquote":
                WriteQuote(element);
                break;
            case "pre":
                Add(ListWriter.Preformatted(element));
                break;
            case "figure" or "picture" or "img":
                Add(_media.Figure(element));
                break;
            case "table" when TableWriter.IsDataTable(element):
                Add(TableWriter.Write(element, _media));
                break;
            case "br" or "hr":
                break;
            default:
                WriteChildren(element);
                Flush("p");
                break;
        }
    }

    private void WriteQuote(IElement element)
    {
        var start = _blocks.Count;
        WriteChildren(element);
        Flush("p");
        var inner = _blocks.GetRange(start, _blocks.Count - start);
        _blocks.RemoveRange(start, inner.Count);
        if (inner.Count > 0)
        {
            var html = "<blockquote>" + string.Concat(inner.Select(b => b.Html)) + "</blockquote>";
            Add(new Block("blockquote", html, string.Join("\n\n", inner.Select(b => b.Text)), inner.Sum(b => b.LinkChars)));
        }
    }

    private void Flush(string kind) => Add(_buffer.Take(kind));

    private void Add(Block? block)
    {
        if (block is not null)
        {
            _blocks.Add(block);
        }
    }

    /// <summary>True for the elements that start a new block (heuristics.json blockTags).</summary>
    public static bool IsBlock(IElement element) => Heuristics.Default.BlockTags.Contains(element.LocalName);
}
