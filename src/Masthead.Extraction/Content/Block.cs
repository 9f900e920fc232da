namespace Masthead.Extraction.Content;

/// <summary>One block of the article body as written out: its HTML, its plain text and how much of it is link text.</summary>
internal sealed record Block(string Kind, string Html, string Text, int LinkChars)
{
    public bool IsHeading => Kind.Length == 2 && Kind[0] == 'h';
}
