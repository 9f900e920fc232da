using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Masthead.Web.Health;

/// <summary>
/// /health (200 once the store answers, 503 otherwise) and /metrics in the Prometheus text exposition format
/// (https://prometheus.io/docs/instrumenting/exposition_formats/): fetches, failures, durations, articles stored.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (SiteRuntime r) =>
        {
            try
            {
                var counts = await r.Store.GetCountsAsync(withFetches: false).ConfigureAwait(false);
                return Results.Json(new { status = "ok", articles = counts.Articles, sources = counts.Sources, schema = r.Store.SchemaVersion });
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                return Results.Json(new { status = "unavailable", error = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithTags("Operations").WithSummary("200 once the store is ready.");
        app.MapGet("/metrics", Metrics).WithTags("Operations").WithSummary("Prometheus text format.");
        return app;
    }

    private static async Task<IResult> Metrics(SiteRuntime r)
    {
        var counts = await r.Store.GetCountsAsync().ConfigureAwait(false);
        var sb = new StringBuilder(2048);
        Gauge(sb, "masthead_articles_stored", "Articles in the store.", counts.Articles);
        Gauge(sb, "masthead_sources", "Sources followed.", counts.Sources);
        Gauge(sb, "masthead_stories", "Stories (clusters) in the store.", counts.Stories);
        Gauge(sb, "masthead_readers_online", "Sessions seen in the last 30 minutes.", r.Online.Count);
        Family(sb, "masthead_fetches_total", "counter", "Fetches made, by kind.", counts.Fetches.Select(f => (f.Kind, (double)f.Count)));
        Family(sb, "masthead_fetch_failures_total", "counter", "Fetches that failed, by kind.", counts.Fetches.Select(f => (f.Kind, (double)f.Failures)));
        sb.Append("# HELP masthead_fetch_duration_seconds Fetch durations, by kind.\n# TYPE masthead_fetch_duration_seconds summary\n");
        foreach (var f in counts.Fetches)
        {
            sb.Append("masthead_fetch_duration_seconds_sum{kind=\"").Append(Label(f.Kind)).Append("\"} ")
              .Append((f.DurationMsSum / 1000).ToString(CultureInfo.InvariantCulture)).Append('\n')
              .Append("masthead_fetch_duration_seconds_count{kind=\"").Append(Label(f.Kind)).Append("\"} ")
              .Append(f.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return Results.Text(sb.ToString(), "text/plain; version=0.0.4; charset=utf-8");
    }

    private static void Gauge(StringBuilder sb, string name, string help, double value)
    {
        sb.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
          .Append("# TYPE ").Append(name).Append(" gauge\n")
          .Append(name).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    private static void Family(StringBuilder sb, string name, string type, string help, IEnumerable<(string Kind, double Value)> values)
    {
        sb.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n').Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        foreach (var (kind, value) in values)
        {
            sb.Append(name).Append("{kind=\"").Append(Label(kind))
              .Append("\"} ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static string Label(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
