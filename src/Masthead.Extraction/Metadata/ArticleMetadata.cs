namespace Masthead.Extraction.Metadata;

/// <summary>
/// Metadata gathered from one source of a page. Sources are merged in order of trust with
/// <see cref="FillFrom"/>: a value already set is never overwritten by a less trusted source.
/// </summary>
internal sealed class ArticleMetadata
{
    public string? Title { get; set; }

    public List<string> Authors { get; set; } = [];

    public DateTimeOffset? Published { get; set; }

    public DateTimeOffset? Modified { get; set; }

    public string? Image { get; set; }

    public string? ImageAlt { get; set; }

    public string? ImageCaption { get; set; }

    public string? SiteName { get; set; }

    public string? Language { get; set; }

    public string? Description { get; set; }

    public string? Canonical { get; set; }

    /// <summary>The article body text a JSON-LD block carries, when it does (a hint for body selection).</summary>
    public string? BodyHint { get; set; }

    /// <summary>Fills every unset field from a less trusted source.</summary>
    public void FillFrom(ArticleMetadata other)
    {
        Title ??= other.Title;
        if (Authors.Count == 0)
        {
            Authors = [.. other.Authors];
        }
        Published ??= other.Published;
        Modified ??= other.Modified;
        if (Image is null && other.Image is not null)
        {
            Image = other.Image;
            ImageAlt ??= other.ImageAlt;
            ImageCaption ??= other.ImageCaption;
        }
        ImageAlt ??= Image == other.Image ? other.ImageAlt : null;
        SiteName ??= other.SiteName;
        Language ??= other.Language;
        Description ??= other.Description;
        Canonical ??= other.Canonical;
        BodyHint ??= other.BodyHint;
    }
}
