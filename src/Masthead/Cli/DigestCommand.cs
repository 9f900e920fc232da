using System.CommandLine;
using System.Globalization;
using Masthead.Storage;
using Masthead.Stories;
using Masthead.Web.Digest;

namespace Masthead.Cli;

/// <summary>
/// `masthead digest build`: makes an edition of The Digest from the stored articles, as the site's schedule
/// would, and prints it as plain text (the e-mail's text part). By default the edition in progress (the next
/// slot's, with the articles so far); with --at, the edition of the slot at or before that time.
/// </summary>
public static class DigestCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Channel configuration file (as for serve)" };
        var data = new Option<string>("--data") { Description = "Data folder (the store is DATA/masthead.db)", DefaultValueFactory = _ => CrawlSetup.DefaultDataFolder };
        var at = new Option<string?>("--at") { Description = "Make the edition of the slot at or before this time (ISO 8601) instead of the one in progress" };
        var save = new Option<bool>("--save") { Description = "Store the edition (as the schedule would) unless its slot already has one or is still to come" };
        var build = new Command("build", "Make an edition now and print it as text.") { config, data, at, save };
        build.SetAction((parse, ct) => Build(parse.GetValue(config), parse.GetValue(data)!, parse.GetValue(at), parse.GetValue(save), ct));
        return new Command("digest", "The Digest: editions of the news by hashtag on a schedule.") { build };
    }

    private static async Task<int> Build(string? configFile, string dataFolder, string? atText, bool save, CancellationToken ct)
    {
        var channel = ServeCommand.LoadChannel(configFile, []);
        if (channel is null)
        {
            return 2;
        }
        var now = DateTimeOffset.UtcNow;
        var at = now;
        if (atText is not null && !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
        {
            await Console.Error.WriteLineAsync($"--at {atText}: not a date and time; use ISO 8601, e.g. 2026-11-20T18:00Z.").ConfigureAwait(false);
            return 2;
        }
        using var store = await CrawlSetup.OpenExistingStoreAsync(dataFolder).ConfigureAwait(false);
        if (store is null)
        {
            return 2;
        }
        var maker = new DigestMaker(channel, store, TimeProvider.System);
        var slot = atText is null ? maker.Slots.Next(now) : maker.Slots.SlotAt(at);
        var stored = await maker.BuildAsync(slot, ct).ConfigureAwait(false);
        await Console.Out.WriteAsync(DigestRenderer.PlainText(stored.Edition)).ConfigureAwait(false);
        var saved = save && slot <= now && stored.Edition.ItemCount > 0 && !await DigestArchive.ExistsAsync(store, stored.Edition.Id, ct).ConfigureAwait(false);
        if (saved)
        {
            await DigestArchive.SaveAsync(store, stored, ct).ConfigureAwait(false);
        }
        await Console.Error.WriteLineAsync($"edition {stored.Edition.Id}: {stored.Edition.ItemCount} stories from {stored.ArticleIds.Count} articles"
            + (saved ? ", saved" : "")).ConfigureAwait(false);
        return 0;
    }
}
