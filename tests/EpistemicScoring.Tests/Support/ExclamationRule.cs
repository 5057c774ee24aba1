using EpistemicScoring.Rules;

namespace EpistemicScoring.Tests.Support;

/// <summary>A custom rule for tests that need a scorer with one rule more than the built-in set.</summary>
internal sealed class ExclamationRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new("EPS599", "Exclamations", Law.InferenceTraceability, -0.1, "Exclamation marks in the writer's voice.");

    public void Analyze(in RuleContext context)
    {
        for (int i = 0; i < context.Document.TokenCount; i++)
        {
            if (context.Document.Is(i, "!"))
            {
                context.Report(context.Document[i].Span, "Exclamation");
            }
        }
    }
}
