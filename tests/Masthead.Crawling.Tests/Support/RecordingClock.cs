namespace Masthead.Crawling.Tests.Support;

/// <summary>
/// A clock that records every one-shot delay asked of it and fires it at once, so politeness waits can be
/// asserted without waiting. Its time is the system's, or stands still at <paramref name="fixedNow"/>.
/// </summary>
public sealed class RecordingClock(DateTimeOffset? fixedNow = null) : TimeProvider
{
    private readonly List<TimeSpan> _waits = [];

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return [.. _waits];
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => fixedNow ?? base.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime <= TimeSpan.Zero || period != Timeout.InfiniteTimeSpan)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }
        lock (_waits)
        {
            _waits.Add(dueTime);
        }
        return base.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
