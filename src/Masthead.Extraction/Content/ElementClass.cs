using AngleSharp.Dom;

namespace Masthead.Extraction.Content;

/// <summary>The class and id of an element as one string, the input of every token matcher.</summary>
internal static class ElementClass
{
    public static string Of(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(id))
        {
            return cls ?? string.Empty;
        }
        return string.IsNullOrEmpty(cls) ? id : cls + " " + id;
    }
}
