using System.Net;
using Masthead.Crawling.Fetching;

namespace Masthead.Crawling.Tests.Fetching;

public class AddressPolicyTests
{
    public static TheoryData<string, string, bool> Addresses => new()
    {
        { "public IPv4", "93.184.216.34", true },
        { "public IPv6", "2606:2800:220:1:248:1893:25c8:1946", true },
        { "loopback", "127.0.0.1", false },
        { "loopback high", "127.255.1.2", false },
        { "private 10/8", "10.1.2.3", false },
        { "private 172.16/12", "172.31.255.255", false },
        { "just outside 172.16/12", "172.32.0.1", true },
        { "private 192.168/16", "192.168.0.1", false },
        { "link-local / cloud metadata", "169.254.169.254", false },
        { "CGNAT", "100.64.0.1", false },
        { "unspecified", "0.0.0.0", false },
        { "multicast", "224.0.0.251", false },
        { "broadcast", "255.255.255.255", false },
        { "IPv6 loopback", "::1", false },
        { "IPv6 unspecified", "::", false },
        { "IPv6 unique local", "fd00::1", false },
        { "IPv6 link-local", "fe80::1", false },
        { "IPv6 multicast", "ff02::1", false },
        { "IPv4-mapped loopback", "::ffff:127.0.0.1", false },
        { "IPv4-mapped public", "::ffff:93.184.216.34", true },
        { "NAT64 wrapping private", "64:ff9b::a00:1", false },
        { "6to4 wrapping loopback", "2002:7f00:1::", false },
        { "documentation", "2001:db8::1", false },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void IsPublic_ClassifiesAddress(string name, string address, bool expected)
    {
        Assert.True(expected == AddressPolicy.IsPublic(IPAddress.Parse(address)), name);
    }

    public static TheoryData<string, string, bool> Urls => new()
    {
        { "public https", "https://example.com/feed", true },
        { "loopback literal", "http://127.0.0.1/", false },
        { "IPv6 loopback literal", "http://[::1]:8080/", false },
        { "localhost name", "http://localhost/", false },
        { "localhost subdomain", "http://api.localhost/", false },
        { "metadata", "http://169.254.169.254/latest/meta-data/", false },
        { "decimal IPv4", "http://2130706433/", false },
        { "file scheme", "file:///etc/passwd", false },
        { "ftp scheme", "ftp://example.com/", false },
        { "credentials", "https://user:pw@example.com/", false },
        { "not a URL", "::nope::", false },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void UrlGuard_RefusesHostileUrls(string name, string url, bool allowed)
    {
        Assert.True(allowed == (UrlGuard.Check(url, allowPrivateAddresses: false) is null), name);
    }

    [Fact]
    public void UrlGuard_AllowsLoopbackWhenConfigured()
    {
        Assert.Null(UrlGuard.Check("http://127.0.0.1:8080/", allowPrivateAddresses: true));
    }
}
