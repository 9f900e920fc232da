namespace Masthead.Stories;

/// <summary>A person, organization or place named in an article; places carry gazetteer coordinates when known.</summary>
public sealed record NamedEntity(string Text, string Type, double? Lat, double? Lon)
{
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Place = "place";
}
