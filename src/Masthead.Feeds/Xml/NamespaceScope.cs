namespace Masthead.Feeds.Xml;

/// <summary>
/// The namespace prefixes in scope while a document is read (Namespaces in XML 1.0, section 6.1): a flat list of
/// bindings, the innermost last, cut back to a mark when the element that declared them ends.
/// </summary>
internal sealed class NamespaceScope
{
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly List<(string Prefix, string Uri)> _bindings = [];

    // The last answer, kept until the bindings change: an element's prefixed attributes mostly share its prefix.
    private string? _lastPrefix;
    private string? _lastUri;

    public int Mark => _bindings.Count;

    public void Clear()
    {
        _bindings.Clear();
        _lastPrefix = null;
    }

    /// <summary>Binds a prefix ("" for the default namespace; a default bound to "" means no namespace).</summary>
    public void Bind(string prefix, string uri)
    {
        _bindings.Add((prefix, uri));
        _lastPrefix = null;
    }

    public void Restore(int mark)
    {
        if (mark < _bindings.Count)
        {
            _bindings.RemoveRange(mark, _bindings.Count - mark);
            _lastPrefix = null;
        }
    }

    /// <summary>The URI bound to a prefix, "" for an unbound default namespace, null for an unbound prefix.</summary>
    public string? Resolve(string prefix)
    {
        if (ReferenceEquals(prefix, _lastPrefix))
        {
            return _lastUri;
        }
        string? uri = null;
        for (var i = _bindings.Count - 1; i >= 0 && uri is null; i--)
        {
            if (ReferenceEquals(_bindings[i].Prefix, prefix) || _bindings[i].Prefix == prefix)
            {
                uri = _bindings[i].Uri;
            }
        }
        uri ??= prefix.Length == 0 ? "" : prefix == "xml" ? ScopeInfo.XmlNamespace : null;
        (_lastPrefix, _lastUri) = (prefix, uri);
        return uri;
    }
}
