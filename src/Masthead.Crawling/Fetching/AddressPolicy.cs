using System.Net;
using System.Reflection;

namespace Masthead.Crawling.Fetching;

/// <summary>
/// Which IP addresses the crawler may connect to. The refused ranges are data (BlockedRanges.txt, from the
/// IANA special-purpose registries); IPv4 hidden inside IPv6 (mapped, NAT64, 6to4) is unwrapped first so
/// "::ffff:127.0.0.1" or "64:ff9b::a00:1" cannot slip past.
/// </summary>
public static class AddressPolicy
{
    private static readonly AddressRange[] Blocked = LoadRanges();
    private static readonly AddressRange Nat64 = AddressRange.Parse("64:ff9b::/96");
    private static readonly AddressRange SixToFour = AddressRange.Parse("2002::/16");

    /// <summary>True when the address is a public unicast address (not loopback, private, link-local, multicast...).</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var unwrapped = Unwrap(address);
        return !Blocked.Any(range => range.Contains(unwrapped));
    }

    /// <summary>The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4), else the address itself.</summary>
    public static IPAddress Unwrap(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }
        if (SixToFour.Contains(address))
        {
            return new IPAddress(bytes.AsSpan(2, 4));
        }
        return address;
    }

    private static AddressRange[] LoadRanges()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Masthead.Crawling.Fetching.BlockedRanges.txt")
            ?? throw new InvalidOperationException("BlockedRanges.txt is not embedded");
        using var reader = new StreamReader(stream);
        var ranges = new List<AddressRange>();
        while (reader.ReadLine() is { } line)
        {
            var cidr = line.Split(' ', 2)[0].Trim();
            if (cidr.Length > 0 && !cidr.StartsWith('#'))
            {
                ranges.Add(AddressRange.Parse(cidr));
            }
        }
        return [.. ranges];
    }
}
