using Masthead.Crawling.Channel;
using Microsoft.Extensions.Configuration;

namespace Masthead.Configuration;

/// <summary>
/// Builds the channel from defaults in code (<see cref="ChannelOptions"/>), then an optional JSON file
/// (<c>{"Channel": {...}}</c>), then environment variables (<c>MASTHEAD_Channel__Name=...</c>, the .NET
/// configuration convention with "__" for ":"), and validates the result. An unknown key is an error, not
/// silently ignored: a typo in a configuration file must not quietly fall back to a default.
/// </summary>
public static class ChannelLoader
{
    public const string EnvironmentPrefix = "MASTHEAD_";

    /// <summary>Top-level keys a configuration file may have.</summary>
    private static readonly string[] TopLevelKeys = [ChannelOptions.SectionName, "Logging"];

    /// <summary>List properties that replace (not extend) their defaults when configured.</summary>
    private static readonly string[] ReplacedLists = [nameof(ChannelOptions.Hashtags), nameof(ChannelOptions.Sponsors), nameof(ChannelOptions.Sources)];

    public static ChannelLoadResult Load(string? configFile, IDictionary<string, string?>? environment = null)
    {
        if (configFile is not null && !File.Exists(configFile))
        {
            return Fail($"Configuration file not found: {configFile}");
        }
        var builder = new ConfigurationBuilder();
        if (configFile is not null)
        {
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }
        builder.AddInMemoryCollection(EnvironmentOverrides(environment));
        IConfigurationRoot root;
        try
        {
            root = builder.Build();
        }
        catch (InvalidDataException e)
        {
            return Fail($"Configuration file {configFile} is not valid JSON: {e.Message}");
        }
        var unknown = root.GetChildren().Select(c => c.Key).Where(k => !TopLevelKeys.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            return Fail([.. unknown.Select(k => $"Unknown configuration key '{k}' (allowed at the top level: {string.Join(", ", TopLevelKeys)})")]);
        }
        return Bind(root.GetSection(ChannelOptions.SectionName));
    }

    private static ChannelLoadResult Bind(IConfigurationSection section)
    {
        var options = new ChannelOptions();
        try
        {
            section.Bind(options, o => o.ErrorOnUnknownConfiguration = true);
            // The binder appends configured list items to a list that already has defaults; a configured list replaces them.
            foreach (var name in ReplacedLists.Where(n => section.GetSection(n).Exists()))
            {
                ReplaceList(options, section.GetSection(name), name);
            }
        }
        catch (InvalidOperationException e)
        {
            return Fail($"Configuration error under '{ChannelOptions.SectionName}': {Innermost(e).Message}");
        }
        var starter = options.Sources.Count == 0;
        Defaults.Apply(options);
        var errors = ChannelValidator.Validate(options);
        return errors.Count == 0 ? new ChannelLoadResult(options, []) { UsesStarterSources = starter } : new ChannelLoadResult(null, errors);
    }

    private static void ReplaceList(ChannelOptions options, IConfigurationSection section, string name)
    {
        static List<T> Get<T>(IConfigurationSection s) => s.Get<List<T>>(o => o.ErrorOnUnknownConfiguration = true) ?? [];
        _ = name switch
        {
            nameof(ChannelOptions.Hashtags) => options.Hashtags = Get<string>(section),
            nameof(ChannelOptions.Sponsors) => (object)(options.Sponsors = Get<SponsorSlot>(section)),
            _ => options.Sources = Get<SourceOptions>(section),
        };
    }

    /// <summary>MASTHEAD_Channel__Name=X becomes Channel:Name=X; other variables are ignored.</summary>
    private static Dictionary<string, string?> EnvironmentOverrides(IDictionary<string, string?>? environment)
    {
        environment ??= Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value);
        var prefix = EnvironmentPrefix + ChannelOptions.SectionName + "__";
        return environment
            .Where(e => e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(e => e.Key[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), e => e.Value);
    }

    private static ChannelLoadResult Fail(params string[] errors) => new(null, errors);

    /// <summary>The binder wraps the message that names the key ("... not found on the instance of ...: 'Colour'").</summary>
    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
