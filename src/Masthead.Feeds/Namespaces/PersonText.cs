using System.Text.RegularExpressions;

namespace Masthead.Feeds.Namespaces;

/// <summary>
/// RSS writes people as one string: "jane@example.com (Jane Doe)" (RSS 2.0 author), "Jane Doe
/// &lt;jane@example.com&gt;", or just a name (dc:creator). Split it into name and e-mail.
/// </summary>
internal static partial class PersonText
{
    public static FeedPerson Parse(string text)
    {
        var value = text.Trim();
        // Most are names alone (dc:creator): without an @ the address pattern cannot match, so it is not run.
        var email = value.Contains('@') ? Email().Match(value) : Match.Empty;
        if (!email.Success)
        {
            return new FeedPerson(value.Length == 0 ? null : value, null, null);
        }
        var rest = value.Remove(email.Index, email.Length).Replace("mailto:", "", StringComparison.OrdinalIgnoreCase);
        var name = rest.Trim().Trim('(', ')', '<', '>', ' ').Trim();
        return new FeedPerson(name.Length == 0 ? null : name, email.Value, null);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
