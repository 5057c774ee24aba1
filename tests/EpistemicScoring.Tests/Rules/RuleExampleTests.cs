using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Tests.Support;

namespace EpistemicScoring.Tests.Rules;

/// <summary>Every built-in rule carries its own examples; this theory runs them all.</summary>
public class RuleExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (IRule rule in DefaultRules.Create())
        {
            for (int i = 0; i < rule.Descriptor.Examples.Count; i++)
            {
                data.Add(rule.Descriptor.Id, i);
            }
        }

        return data;
    }

    public static TheoryData<string, int> CounterExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (IRule rule in DefaultRules.Create())
        {
            for (int i = 0; i < rule.Descriptor.CounterExamples.Count; i++)
            {
                data.Add(rule.Descriptor.Id, i);
            }
        }

        return data;
    }

    private static IRule Rule(string id) => DefaultRules.Create().Single(r => r.Descriptor.Id == id);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ReportsEvidenceAtExactlyTheMarkedSpans(string ruleId, int index)
    {
        RuleExampleResult result = RuleExamples.Run(Rule(ruleId)).Where(static r => !r.IsCounterExample).ElementAt(index);
        Assert.NotEmpty(result.Expected);
        Assert.True(result.Passed, $"{ruleId} example {index}: {result.Failure}");
    }

    [Theory]
    [MemberData(nameof(CounterExamples))]
    public void CounterExample_ReportsNothing(string ruleId, int index)
    {
        RuleExampleResult result = RuleExamples.Run(Rule(ruleId)).Where(static r => r.IsCounterExample).ElementAt(index);
        Assert.True(result.Passed, $"{ruleId} counter-example {index}: {result.Failure}");
    }

    [Fact]
    public void Verify_ARuleWhoseExampleDoesNotHold_NamesTheFailure()
    {
        var rule = new MisdescribedRule();
        var error = Assert.Throws<RuleExampleException>(() => RuleExamples.Verify(rule));
        Assert.Contains("missed", error.Message, StringComparison.Ordinal);
        Assert.Contains("also reported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AReportedSpanThatIsOnlyInsideTheMarkedOne_Fails()
    {
        // Exact spans: reporting "said" when the example marks "Officials said" is a failure, not a near miss.
        RuleExampleResult result = Assert.Single(RuleExamples.Run(new MisdescribedRule()));
        Assert.False(result.Passed);
        Assert.Equal([new TextSpan(0, 14)], result.Expected);
    }

    [Fact]
    public void EveryRule_HasExamplesOrCounterExamples_AndAStableWellFormedId()
    {
        foreach (IRule rule in DefaultRules.Create())
        {
            RuleDescriptor d = rule.Descriptor;
            Assert.Matches("^EPS[1-5][0-9]{2}$", d.Id);
            Assert.Equal((int)d.Law, d.Id[3] - '0');
            Assert.True(d.Examples.Count + d.CounterExamples.Count > 0, $"{d.Id} has no examples");
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
        }
    }

    [Fact]
    public void RuleIds_AreUnique()
    {
        var ids = DefaultRules.Create().Select(r => r.Descriptor.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void EveryLaw_HasAtLeastOneRule()
    {
        var laws = DefaultRules.Create().Select(r => r.Descriptor.Law).ToHashSet();
        Assert.Equal(Laws.All.Count, laws.Count);
    }

    [Fact]
    public void RuleIdsClass_NamesEveryBuiltInRule()
    {
        var constants = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        foreach (IRule rule in DefaultRules.Create())
        {
            Assert.Contains(rule.Descriptor.Id, constants);
        }
    }

    [Fact]
    public void Descriptor_RejectsIdThatDoesNotMatchLaw()
    {
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("EPS301", "x", Law.SourceReferencing, 0.1, "x"));
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("EPS2001", "x", Law.SourceReferencing, 0.1, "x"));
    }
}

/// <summary>A rule whose example marks "Officials said" while it reports only "said".</summary>
internal sealed class MisdescribedRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new("EPS290", "Said", Law.SourceReferencing, -0.1, "Reports the word said.")
    {
        Examples = ["[|Officials said|] the talks had stalled."],
    };

    public void Analyze(in RuleContext context)
    {
        for (int i = 0; i < context.Document.TokenCount; i++)
        {
            if (context.Document.Is(i, "said"))
            {
                context.Report(context.Document[i].Span, "said");
            }
        }
    }
}
