using System.Text.RegularExpressions;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;

namespace EpistemicScoring.Tests.Rules;

public partial class SourceRulesTests
{
    private static readonly string[] SourceRuleIds =
        ["EPS110", "EPS111", "EPS201", "EPS202", "EPS203", "EPS204", "EPS205", "EPS206", "EPS207", "EPS208", "EPS310", "EPS311"];

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (IRule rule in DefaultRules.Create())
        {
            if (Array.IndexOf(SourceRuleIds, rule.Descriptor.Id) < 0)
            {
                continue;
            }

            foreach (string example in rule.Descriptor.Examples)
            {
                data.Add(rule.Descriptor.Id, example);
            }
        }

        return data;
    }

    public static TheoryData<string, string> CounterExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (IRule rule in DefaultRules.Create())
        {
            if (Array.IndexOf(SourceRuleIds, rule.Descriptor.Id) < 0)
            {
                continue;
            }

            foreach (string example in rule.Descriptor.CounterExamples)
            {
                data.Add(rule.Descriptor.Id, example);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rule_Example_ReportsMarkedSpan(string id, string marked)
    {
        Match m = Marker().Match(marked);
        Assert.True(m.Success, "example has no [|...|] marker");
        string text = marked.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);
        int start = m.Index;
        int length = m.Groups[1].Value.Length;
        List<Evidence> evidence = Run(id, text);
        Assert.Contains(evidence, e => e.Start == start && e.Length == length);
    }

    [Theory]
    [MemberData(nameof(CounterExamples))]
    public void Rule_CounterExample_ReportsNothing(string id, string text)
    {
        Assert.Empty(Run(id, text));
    }

    private static List<Evidence> Run(string id, string text)
    {
        IRule rule = DefaultRules.Create().First(r => r.Descriptor.Id == id);
        EpistemicScoring.Analysis.DocumentAnalysis analysis = EpistemicScoring.Analysis.DocumentAnalyzer.Analyze(
            EpistemicScoring.Text.TextDocument.Parse(text), EpistemicScoring.Lexicons.LexiconSet.Default, []);
        var sink = new List<Evidence>();
        rule.Analyze(new RuleContext(analysis, rule.Descriptor, rule.Descriptor.DefaultWeight, sink, CancellationToken.None));
        return sink;
    }

    [Fact]
    public void Rules_HaveUniqueIds()
    {
        var ids = DefaultRules.Create().Select(static r => r.Descriptor.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Rationale_SourceReferencing_SaysWhatWasCounted()
    {
        EpistemicScoring.Analysis.DocumentAnalysis analysis = EpistemicScoring.Analysis.DocumentAnalyzer.Analyze(
            EpistemicScoring.Text.TextDocument.Parse("Maria Lopez said the plan was late. Reuters reported the cost had doubled. Officials said the board would meet. Officials said a vote was near."),
            EpistemicScoring.Lexicons.LexiconSet.Default,
            []);
        string first = EpistemicScoring.Scoring.RationaleWriter.Write(new EpistemicScoring.Rules.SourceReferencing.SourceReferencingRationale(), analysis, [], judged: true, minWords: 60)[0];
        Assert.StartsWith("4 attributions to 3 distinct sources, 2 to named people or bodies; 2 to unnamed officials, no reason given for anonymity", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EPS202")]
    [InlineData("EPS207")]
    public void UnnamedRules_WeighAnOfficial_NotAPasserBy(string id)
    {
        Assert.Single(Run(id, "Maria Lopez said the pier had flooded. A senior official said the pier would close."));
        Assert.Empty(Run(id, "Maria Lopez said the pier had flooded. A cashier at the corner shop said the pier would close."));
    }

    [GeneratedRegex(@"\[\|(.*?)\|\]", RegexOptions.None, 1000)]
    private static partial Regex Marker();
}
