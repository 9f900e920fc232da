using Masthead.Crawling.Fetching;
using Masthead.Crawling.Tests.Support;

namespace Masthead.Crawling.Tests.Fetching;

public class HostGateTests
{
    public static TheoryData<string, double, double?, double> Cases => new()
    {
        { "configured delay alone", 1, null, 1 },
        { "robots asks for longer: longer wins", 1, 5, 5 },
        { "robots asks for shorter: configured wins", 2, 0.5, 2 },
        { "no configured delay, robots sets it", 0, 3, 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SecondRequest_WaitsTheLongerOfConfiguredAndHostDelay(string name, double configured, double? host, double expected)
    {
        // The clock stands still, so each wait is exactly the spacing asked for.
        var clock = new RecordingClock(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        var gate = new HostGate(1, TimeSpan.FromSeconds(configured), clock);
        if (host is { } seconds)
        {
            gate.SetHostDelay("news.example", TimeSpan.FromSeconds(seconds));
        }

        (await gate.EnterAsync("news.example", CancellationToken.None)).Dispose();
        (await gate.EnterAsync("news.example", CancellationToken.None)).Dispose();
        (await gate.EnterAsync("other.example", CancellationToken.None)).Dispose();

        // The first request to each host starts at once; only the second one to news.example waits.
        Assert.True(clock.Waits.Count == (expected > 0 ? 1 : 0), name);
        Assert.True(expected == 0 || clock.Waits[0] == TimeSpan.FromSeconds(expected), $"{name}: waited {string.Join(", ", clock.Waits)}");
    }
}
