using System.Net;

namespace Masthead.Crawling.Fetching;

/// <summary>One CIDR block ("10.0.0.0/8", "fe80::/10"), matched bit by bit.</summary>
public sealed record AddressRange(byte[] Prefix, int Bits)
{
    public static AddressRange Parse(string cidr)
    {
        var slash = cidr.IndexOf('/', StringComparison.Ordinal);
        var address = IPAddress.Parse(cidr[..slash]);
        return new AddressRange(address.GetAddressBytes(), int.Parse(cidr[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public bool Contains(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (bytes.Length != Prefix.Length)
        {
            return false;
        }
        for (var bit = 0; bit < Bits; bit++)
        {
            var mask = 0x80 >> (bit % 8);
            if ((bytes[bit / 8] & mask) != (Prefix[bit / 8] & mask))
            {
                return false;
            }
        }
        return true;
    }
}
