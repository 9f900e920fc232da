using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Masthead.Web.Digest;

/// <summary>
/// Makes The Digest on its schedule: at start (catching up on slots missed while the site was down) and then
/// at each slot. Waits on the injected <see cref="TimeProvider"/>, so tests drive the clock.
/// </summary>
public sealed partial class DigestService(DigestMaker maker, ILogger<DigestService> log) : BackgroundService
{
    /// <summary>Past the slot before building, so articles stored in the slot's last second are in.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var edition in await maker.MakeDueAsync(stoppingToken).ConfigureAwait(false))
                {
                    Made(log, edition.Id, edition.ItemCount);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run (store busy, disk full) is retried at the next slot; the site keeps serving.
                Failed(log, e.Message);
            }
            var now = maker.Time.GetUtcNow();
            await Task.Delay(maker.Slots.Next(now) - now + Settle, maker.Time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest edition {Id} made with {Items} items")]
    private static partial void Made(ILogger log, string id, int items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest edition not made: {Error}")]
    private static partial void Failed(ILogger log, string error);
}
