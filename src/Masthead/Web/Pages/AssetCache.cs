using System.Collections.Concurrent;

namespace Masthead.Web.Pages;

/// <summary>The embedded stylesheet and icon, read once.</summary>
public static class AssetCache
{
    private static readonly ConcurrentDictionary<string, byte[]> Assets = new();

    public static byte[] Get(string name) => Assets.GetOrAdd(name, static n =>
    {
        using var stream = typeof(AssetCache).Assembly.GetManifestResourceStream("Masthead.Web.Assets." + n)
            ?? throw new InvalidOperationException($"Missing embedded asset {n}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
