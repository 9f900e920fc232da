using System.Globalization;

namespace Masthead.Stories;

/// <summary>
/// The hand-written place list (Data/places.tsv: countries, capitals, major cities, US states) with approximate
/// coordinates, and the organisation names that carry no telling suffix (Data/organizations.txt).
/// Look-ups are case-sensitive on the written form, then case-insensitive, and return the canonical name.
/// </summary>
internal sealed class Gazetteer
{
    public static readonly Gazetteer Default = new();

    private readonly Dictionary<string, (string Name, double Lat, double Lon)> _places = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _organizations = new(StringComparer.Ordinal);

    private Gazetteer()
    {
        foreach (var line in EmbeddedData.ReadLines("places.tsv"))
        {
            var cells = line.Split('\t');
            var names = cells[0].Split('|');
            var lat = double.Parse(cells[1], CultureInfo.InvariantCulture);
            var lon = double.Parse(cells[2], CultureInfo.InvariantCulture);
            foreach (var name in names)
            {
                _places.TryAdd(name, (names[0], lat, lon));
            }
        }
        foreach (var line in EmbeddedData.ReadLines("organizations.txt"))
        {
            var names = line.Split('|');
            foreach (var name in names)
            {
                _organizations.TryAdd(name, names[0]);
            }
        }
    }

    public bool TryPlace(string text, out (string Name, double Lat, double Lon) place) =>
        _places.TryGetValue(text, out place) && (text.Length > 3 || text.All(char.IsUpper) || char.IsUpper(text[0]));

    public bool TryOrganization(string text, out string name) => _organizations.TryGetValue(text, out name!);
}
