namespace Masthead.Crawling.Channel;

/// <summary>When editions of The Digest are made.</summary>
public sealed class DigestOptions
{
    /// <summary>Hours between editions, counted from midnight in the channel's time zone.</summary>
    public int EveryHours { get; set; } = 3;

    /// <summary>Most items per hashtag section.</summary>
    public int ItemsPerSection { get; set; } = 5;
}
