namespace Masthead.Storage.Reading;

/// <summary>One page of a longer list, with the size of the whole list.</summary>
public sealed record Page<T>(long Total, IReadOnlyList<T> Items);
