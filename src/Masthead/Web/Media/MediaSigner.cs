using System.Security.Cryptography;
using System.Text;

namespace Masthead.Web.Media;

/// <summary>
/// Signs image URLs for the /media endpoint with an HMAC whose key is made once per install and kept in the
/// data folder, so the endpoint only fetches URLs our own pages emitted (it is not an open proxy).
/// </summary>
public sealed class MediaSigner
{
    public const string Path = "/media";

    private readonly byte[] _key;

    public MediaSigner(byte[] key) => _key = key;

    /// <summary>The install's key from &lt;folder&gt;/media.key, made (32 random bytes) when missing.</summary>
    public static MediaSigner ForFolder(string folder)
    {
        var file = System.IO.Path.Combine(folder, "media.key");
        if (!File.Exists(file) || new FileInfo(file).Length < 32)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(file, RandomNumberGenerator.GetBytes(32));
        }
        return new MediaSigner(File.ReadAllBytes(file));
    }

    /// <summary>The same-origin URL that serves <paramref name="imageUrl"/>.</summary>
    public string Url(string imageUrl) =>
        Path + "?u=" + Uri.EscapeDataString(imageUrl) + "&s=" + Sign(imageUrl);

    public bool Verify(string? imageUrl, string? signature) =>
        !string.IsNullOrEmpty(imageUrl) && !string.IsNullOrEmpty(signature)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(imageUrl)), Encoding.ASCII.GetBytes(signature));

    private string Sign(string imageUrl) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(imageUrl)))[..32];
}
