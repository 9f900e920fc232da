namespace Masthead.Crawling.Fetching;

/// <summary>
/// Thrown inside the connect callback when every resolved address is refused by the SSRF guard. It only
/// travels from the socket layer up to <see cref="Fetcher"/>, which turns it into an error string.
/// </summary>
public sealed class BlockedAddressException : IOException
{
    public BlockedAddressException()
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
