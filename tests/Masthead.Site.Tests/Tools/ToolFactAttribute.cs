using Masthead.Testing;

namespace Masthead.Site.Tests.Tools;

/// <summary>
/// A fact that needs a Debian tool (.ci/run installs it): skipped with the reason on a machine without it,
/// but run, and so failing loudly, when CI=true.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool)
    {
        if (!Corpora.IsCi && !ExternalTools.Available(tool))
        {
            Skip = $"{tool} is not installed (bash .ci/install-packages chromium python3-feedparser); mandatory when CI=true";
        }
    }
}

/// <summary>The theory counterpart of <see cref="ToolFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(string tool)
    {
        if (!Corpora.IsCi && !ExternalTools.Available(tool))
        {
            Skip = $"{tool} is not installed (bash .ci/install-packages chromium python3-feedparser); mandatory when CI=true";
        }
    }
}
