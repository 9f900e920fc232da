namespace Masthead.Crawling.Pipeline;

/// <summary>What importing one web archive did.</summary>
public sealed record ImportReport
{
    public required string Archive { get; init; }

    public int Records { get; init; }

    /// <summary>HTML responses with status 200: the candidates.</summary>
    public int Pages { get; init; }

    public int Stored { get; init; }

    /// <summary>Already in the store under the same canonical URL (a re-run resumes here).</summary>
    public int AlreadyStored { get; init; }

    /// <summary>Same text as an article already stored under another URL.</summary>
    public int Duplicates { get; init; }

    /// <summary>Pages in which no article was found.</summary>
    public int NotArticles { get; init; }

    /// <summary>Null when the whole archive was read; else why reading stopped (what was read is kept).</summary>
    public string? Error { get; init; }
}

/// <summary>Progress through one archive: compressed bytes read of the file's length.</summary>
public sealed record ImportProgress(string Archive, long BytesRead, long Length, int Stored);
