using System.Security.Cryptography;
using System.Text;

namespace Masthead.Stories;

/// <summary>
/// Exact-duplicate key: SHA-256 of the text with case, punctuation and whitespace folded, so a copy that
/// differs only in markup spacing or curly quotes hashes the same. The cheap check before MinHash.
/// </summary>
public static class ContentHash
{
    public static string Of(string? text)
    {
        var folded = string.Join(' ', Tokenizer.Words(text));
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(folded));
        return Convert.ToHexStringLower(bytes);
    }
}
