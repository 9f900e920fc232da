using Masthead.Feeds.Decoding;

namespace Masthead.Feeds.Xml;

/// <summary>Elements: namespace declarations, names resolved, attributes decoded, the tree grown and closed.</summary>
internal sealed partial class Utf8TreeBuilder
{
    /// <summary>Creates the element whose start tag was just read (attributes in <see cref="_raw"/>); false when it is not well-formed.</summary>
    private bool Element(ReadOnlySpan<byte> doc, int nameStart, int nameEnd, int colon, bool empty)
    {
        if (!FlushRun(doc))
        {
            return false;
        }
        var mark = _scope.Mark;
        if (!DeclareNamespaces(doc))
        {
            return false;
        }
        var prefix = colon < 0 ? "" : _names.Ascii(doc[nameStart..colon]);
        var ns = _scope.Resolve(prefix);
        if (ns is null)
        {
            return false; // an undeclared prefix
        }
        var node = XmlNode.Element(_names.Ascii(doc[(colon < 0 ? nameStart : colon + 1)..nameEnd]), ns, prefix);
        if (!Attributes(doc, node))
        {
            return false;
        }
        var parent = _stack.Count > 0 ? _stack[^1] : null;
        ScopeInfo.Inherit(node, parent, _documentBase);
        if (parent is not null)
        {
            parent.Add(node);
        }
        else if (_root is null)
        {
            _root = node;
        }
        else
        {
            return false; // a second root element
        }
        if (empty)
        {
            _scope.Restore(mark);
            _rootEnded = parent is null;
            return true;
        }
        _stack.Add(node);
        _open.Add(new OpenElement(nameStart, nameEnd, mark, Container.Unknown));
        return true;
    }

    /// <summary>Binds the xmlns and xmlns:p attributes of the start tag; false for a duplicate attribute or an illegal binding.</summary>
    private bool DeclareNamespaces(ReadOnlySpan<byte> doc)
    {
        for (var i = 0; i < _raw.Count; i++)
        {
            var attribute = _raw[i];
            var name = doc[attribute.NameStart..attribute.NameEnd];
            for (var j = 0; j < i; j++)
            {
                if (name.SequenceEqual(doc[_raw[j].NameStart.._raw[j].NameEnd]))
                {
                    return false;
                }
            }
            if (!IsNamespaceDeclaration(doc, attribute, out var isDefault))
            {
                continue;
            }
            var uri = Value(doc, attribute, atomise: true);
            if (uri is null)
            {
                return false;
            }
            var prefix = isDefault ? "" : _names.Ascii(doc[(attribute.Colon + 1)..attribute.NameEnd]);
            if ((!isDefault && (uri.Length == 0 || prefix is "xml" or "xmlns")) || uri is ScopeInfo.XmlNamespace or NamespaceScope.XmlnsNamespace)
            {
                // Namespaces in XML 1.0, section 3: a prefix cannot be undeclared, xml and xmlns cannot be rebound, and
                // nothing else (the default namespace included) may be bound to their two reserved URIs.
                return false;
            }
            if (_scope.Mark == MaxBindings)
            {
                return false;
            }
            _scope.Bind(prefix, uri);
        }
        return true;
    }

    /// <summary>The start tag's other attributes, resolved and decoded, as the strict builder gives them; false when not well-formed.</summary>
    private bool Attributes(ReadOnlySpan<byte> doc, XmlNode node)
    {
        List<XmlAttr>? attributes = null;
        foreach (var attribute in _raw)
        {
            if (IsNamespaceDeclaration(doc, attribute, out _))
            {
                continue;
            }
            var prefix = attribute.Colon < 0 ? "" : _names.Ascii(doc[attribute.NameStart..attribute.Colon]);
            var local = _names.Ascii(doc[(attribute.Colon < 0 ? attribute.NameStart : attribute.Colon + 1)..attribute.NameEnd]);
            // Unprefixed attributes are in no namespace (section 6.2), not the default one.
            var ns = prefix.Length == 0 ? "" : _scope.Resolve(prefix);
            var value = Value(doc, attribute, atomise: false);
            if (ns is null || value is null || (ns == ScopeInfo.XmlNamespace && local == "space"))
            {
                return false; // xml:space="preserve" turns indentation into significant white space: left to System.Xml
            }
            attributes ??= new List<XmlAttr>(_raw.Count);
            foreach (var earlier in attributes)
            {
                if (earlier.LocalName == local && earlier.Namespace == ns)
                {
                    return false; // the same expanded name twice (section 6.3)
                }
            }
            // A value as long as its bytes was ASCII with no reference: it holds no C1 control to repair.
            attributes.Add(new XmlAttr(local, ns, prefix, value.Length == attribute.ValueEnd - attribute.ValueStart ? value : C1Controls.Repair(value)));
        }
        if (attributes is not null)
        {
            node.SetAttributes(attributes);
        }
        return true;
    }

    /// <summary>True for xmlns (<paramref name="isDefault"/>) and xmlns:p: a namespace declaration, not an attribute of the element.</summary>
    private static bool IsNamespaceDeclaration(ReadOnlySpan<byte> doc, RawAttribute attribute, out bool isDefault)
    {
        isDefault = doc[attribute.NameStart..attribute.NameEnd].SequenceEqual("xmlns"u8);
        return isDefault || (attribute.Colon >= 0 && doc[attribute.NameStart..attribute.Colon].SequenceEqual("xmlns"u8));
    }

    private string? Value(ReadOnlySpan<byte> doc, RawAttribute attribute, bool atomise)
    {
        var raw = doc[attribute.ValueStart..attribute.ValueEnd];
        var plain = Utf8TextDecoder.IsPlain(raw, attribute: true);
        if (plain && atomise && System.Text.Ascii.IsValid(raw))
        {
            return _names.Ascii(raw);
        }
        // Run text is flushed before a start tag is handled, so the decoder's buffer is free here.
        if (!(plain ? _text.AppendPlain(raw) : _text.Append(raw, attribute: true)))
        {
            _text.Clear();
            return null;
        }
        var value = atomise ? _names.Atomise(_text.Chars) : new string(_text.Chars);
        _text.Clear();
        return value;
    }

    private int EndTag(ReadOnlySpan<byte> doc, int at)
    {
        var nameEnd = Utf8Syntax.Name(doc, at + 2, out _);
        var close = nameEnd < 0 ? -1 : Utf8Syntax.SkipSpace(doc, nameEnd);
        if (close < 0 || close >= doc.Length || doc[close] != '>' || _open.Count == 0)
        {
            return -1;
        }
        var (openStart, openEnd, mark, _) = _open[^1];
        if (!doc[(at + 2)..nameEnd].SequenceEqual(doc[openStart..openEnd]))
        {
            return -1; // the end tag does not match the open element
        }
        if (!FlushRun(doc))
        {
            return -1;
        }
        _stack.RemoveAt(_stack.Count - 1);
        _open.RemoveAt(_open.Count - 1);
        _scope.Restore(mark);
        _rootEnded = _stack.Count == 0;
        return close + 1;
    }
}
