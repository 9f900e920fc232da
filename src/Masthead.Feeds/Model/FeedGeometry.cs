namespace Masthead.Feeds;

/// <summary>
/// Where an entry is (GeoRSS Simple and GeoRSS GML, https://www.ogc.org/standard/georss/): a Point, LineString,
/// Polygon or Box, with positions as [longitude, latitude(, altitude)] in GeoJSON order (swapped from GeoRSS's
/// latitude-first order when the reference system is WGS 84). An empty geometry means the element was there
/// but its coordinates were unusable.
/// </summary>
public sealed record FeedGeometry(string? Type, IReadOnlyList<IReadOnlyList<double>> Positions);
