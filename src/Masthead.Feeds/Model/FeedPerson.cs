namespace Masthead.Feeds;

/// <summary>An author, contributor or publisher (Atom person construct; RSS e-mail forms are split into it).</summary>
public sealed record FeedPerson(string? Name, string? Email, string? Uri);
