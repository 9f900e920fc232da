using Masthead.Extraction;

namespace Masthead.Cli;

/// <summary>The readable rendering of <c>masthead extract</c> without --json: a header of metadata, then the text.</summary>
public static class ExtractTextRendering
{
    public static void Write(TextWriter output, string file, ExtractedArticle a)
    {
        output.WriteLine($"== {file}");
        if (a.Error is not null)
        {
            output.WriteLine($"error: {a.Error}");
            output.WriteLine();
            return;
        }
        Field(output, "title", a.Title);
        Field(output, "byline", a.Byline);
        Field(output, "published", ExtractJsonLine.Iso(a.Published));
        Field(output, "modified", ExtractJsonLine.Iso(a.Modified));
        Field(output, "site", a.SiteName);
        Field(output, "language", a.Language);
        Field(output, "image", a.Image);
        Field(output, "canonical", a.Canonical);
        Field(output, "note", a.Note);
        output.WriteLine();
        output.WriteLine(a.Text);
        output.WriteLine();
    }

    private static void Field(TextWriter output, string name, string? value)
    {
        if (value is not null)
        {
            output.WriteLine($"{name}: {value}");
        }
    }
}
