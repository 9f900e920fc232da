namespace Masthead.Site.Tests.Digest;

/// <summary>A clock the test sets: the digest schedule reads the time only through TimeProvider.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
