namespace EpistemicScoring.Rules;

/// <summary>
/// A rule: reads the shared analysis of one document and reports evidence for one law.
/// Implementations hold no state between calls and must be safe to call from several threads at once.
/// </summary>
public interface IRule
{
    /// <summary>What the rule is: stable ID, law, default weight, description and examples.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Reads the document through <paramref name="context"/> and reports evidence to it.</summary>
    /// <param name="context">The shared analysis and the evidence sink.</param>
    void Analyze(in RuleContext context);
}
