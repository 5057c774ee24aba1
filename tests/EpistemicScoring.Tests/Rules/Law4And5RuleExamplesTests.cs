using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Rules;

/// <summary>Runs the examples and counter-examples that the Law 4 and Law 5 rules carry in their descriptors.</summary>
public class Law4And5RuleExamplesTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (IRule rule in DefaultRules.Create())
        {
            if (rule.Descriptor.Law is Law.ContextualJudgment or Law.InferenceTraceability)
            {
                for (int i = 0; i < rule.Descriptor.Examples.Count; i++)
                {
                    data.Add(rule.Descriptor.Id, i);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, int> CounterExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (IRule rule in DefaultRules.Create())
        {
            if (rule.Descriptor.Law is Law.ContextualJudgment or Law.InferenceTraceability)
            {
                for (int i = 0; i < rule.Descriptor.CounterExamples.Count; i++)
                {
                    data.Add(rule.Descriptor.Id, i);
                }
            }
        }

        return data;
    }

    internal static List<Evidence> Run(IRule rule, string text)
    {
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze(TextDocument.Parse(text), LexiconSet.Default, []);
        var sink = new List<Evidence>();
        rule.Analyze(new RuleContext(analysis, rule.Descriptor, rule.Descriptor.DefaultWeight, sink, CancellationToken.None));
        return sink;
    }

    private static IRule Rule(string id) => DefaultRules.Create().Single(r => r.Descriptor.Id == id);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ReportsTheMarkedSpan(string id, int index)
    {
        IRule rule = Rule(id);
        string marked = rule.Descriptor.Examples[index];
        int start = marked.IndexOf("[|", StringComparison.Ordinal);
        int end = marked.IndexOf("|]", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{id} example {index} has no marked span");
        string text = marked.Remove(end, 2).Remove(start, 2);
        var expected = new TextSpan(start, end - start - 2);
        List<Evidence> evidence = Run(rule, text);
        Assert.Contains(evidence, e => e.Start == expected.Start && e.Length == expected.Length);
    }

    [Theory]
    [MemberData(nameof(CounterExamples))]
    public void CounterExample_ReportsNothingAtTheExampleSpan(string id, int index)
    {
        IRule rule = Rule(id);
        string text = rule.Descriptor.CounterExamples[index];
        List<Evidence> evidence = Run(rule, text);
        Assert.True(evidence.TrueForAll(e => Math.Sign(e.Weight) != Math.Sign(rule.Descriptor.DefaultWeight) || e.RuleId != id),
            string.Join("; ", evidence.Select(static e => e.Message)));
    }

    [Fact]
    public void RuleIds_AreUnique()
    {
        var ids = DefaultRules.Create().Select(static r => r.Descriptor.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
