using Masthead.Stories;

namespace Masthead.Web.Digest;

/// <summary>
/// An edition as stored: the edition and the ids of every article it was made from (shown, merged into a
/// story or cut by the section limit), so that later editions skip them and take only what is new.
/// </summary>
public sealed record StoredEdition(DigestEdition Edition, IReadOnlyList<long> ArticleIds);
