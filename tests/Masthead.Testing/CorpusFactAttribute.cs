using Xunit;

namespace Masthead.Testing;

/// <summary>
/// A fact that needs a corpus folder. It is skipped (with the reason) on a machine without the corpora,
/// but runs, and so fails loudly, when CI=true: in CI the corpus tests are mandatory.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(string relativePath)
    {
        if (!Corpora.IsCi && !Corpora.Has(relativePath))
        {
            Skip = $"corpus '{relativePath}' not found (set MASTHEAD_CORPORA); mandatory when CI=true";
        }
    }
}

/// <summary>The theory counterpart of <see cref="CorpusFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute(string relativePath)
    {
        if (!Corpora.IsCi && !Corpora.Has(relativePath))
        {
            Skip = $"corpus '{relativePath}' not found (set MASTHEAD_CORPORA); mandatory when CI=true";
        }
    }
}
