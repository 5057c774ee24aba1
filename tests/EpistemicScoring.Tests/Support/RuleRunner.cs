using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Support;

/// <summary>Runs one rule directly on a text, without the minimum length the scorer asks for.</summary>
internal static class RuleRunner
{
    public static List<Evidence> Run(IRule rule, string text, IReadOnlyList<ReferenceFact>? facts = null)
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze(TextDocument.Parse(text), LexiconSet.Default, facts ?? []);
        var sink = new List<Evidence>();
        rule.Analyze(new RuleContext(analysis, rule.Descriptor, rule.Descriptor.DefaultWeight, sink, CancellationToken.None));
        return sink;
    }
}
