using EpistemicScoring.ML.Tests.Support;
using EpistemicScoring.Reports;

namespace EpistemicScoring.ML.Tests;

public class FeatureSchemaTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    [Fact]
    public void For_DefaultScorer_RuleTotalsInIdOrder_ThenLawScoresOverallAndRates()
    {
        FeatureSchema schema = FeatureSchema.For(Scorer);
        string[] ids = [.. Scorer.Rules.Select(static r => r.Id).Order(StringComparer.Ordinal)];
        Assert.Equal(ids, schema.RuleIds);
        Assert.Equal(ids.Length + 9, schema.Count);
        Assert.Equal(ids.Select(static id => "rule:" + id), schema.Names.Take(ids.Length));
        Assert.Equal(
            ["score:truthfulness", "score:sourceReferencing", "score:reliabilityAccuracy", "score:contextualJudgment", "score:inferenceTraceability", FeatureSchema.OverallFeature,
             FeatureSchema.UncertainSentencesFeature, FeatureSchema.NamedAttributionsFeature, FeatureSchema.AttributionsPerSentenceFeature],
            schema.Names.Skip(ids.Length));
        Assert.Equal(0.35, schema.RuleWeights[Array.IndexOf(ids, "EPS202")], 12);
    }

    [Fact]
    public void For_ConfiguredWeight_IsTheRuleWeight()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder().ConfigureRule("EPS202", static r => r.Weight = -0.8).Build();
        FeatureSchema schema = FeatureSchema.For(scorer);
        Assert.Equal(0.8, schema.RuleWeights[schema.RuleIds.ToList().IndexOf("EPS202")], 12);
    }

    [Fact]
    public void Names_NameNoLengthOrCount()
    {
        foreach (string name in FeatureSchema.For(Scorer).Names)
        {
            Assert.DoesNotContain("length", name, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("words", name, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("count", name, StringComparison.OrdinalIgnoreCase);
            Assert.True(name.StartsWith("rule:", StringComparison.Ordinal) || name.StartsWith("score:", StringComparison.Ordinal) || name.StartsWith("rate:", StringComparison.Ordinal), name);
        }
    }

    [Fact]
    public void Extract_OneFinding_IsItsWeightSoftlyCapped()
    {
        var schema = new FeatureSchema(new Dictionary<string, double> { ["EPS202"] = -0.35, ["EPS209"] = 0.5 });
        float[] f = schema.Extract(Report([Finding("EPS202", -0.35)], sentences: 4));
        double cap = 3 * 0.35;
        Assert.Equal(cap * Math.Tanh(-0.35 / cap), f[0], 5);
        Assert.Equal(0f, f[1]);
    }

    [Fact]
    public void Extract_ManyFindingsOfOneRule_StayBelowThreeTimesItsWeight()
    {
        var schema = new FeatureSchema(new Dictionary<string, double> { ["EPS111"] = 0.15 });
        float few = schema.Extract(Report([.. Enumerable.Repeat(Finding("EPS111", 0.15), 2)], sentences: 4))[0];
        float many = schema.Extract(Report([.. Enumerable.Repeat(Finding("EPS111", 0.15), 40)], sentences: 80))[0];
        Assert.True(many > few);
        Assert.True(many < 3 * 0.15 + 1e-6, $"40 findings give {many}");
        Assert.True(few > 0.25, $"2 findings give {few}");
    }

    [Fact]
    public void Extract_SumsEvidenceOfARuleAcrossLaws_AndIgnoresSuppressedAndUnknownRules()
    {
        var schema = new FeatureSchema(new Dictionary<string, double> { ["EPS202"] = -0.35 });
        EpistemicReport report = Report([Finding("EPS202", -0.1), Finding("EPS202", -0.1), Finding("EPS999", 5)], sentences: 4, suppressed: [Finding("EPS202", -3)]);
        double cap = 3 * 0.35;
        Assert.Equal(cap * Math.Tanh(-0.2 / cap), schema.Extract(report)[0], 5);
    }

    [Fact]
    public void Extract_LawScoresOverallAndRates()
    {
        var schema = new FeatureSchema(new Dictionary<string, double>());
        EpistemicReport report = Report([], sentences: 4, uncertain: 1, named: 2, unnamed: 1);
        float[] f = schema.Extract(report);
        Assert.Equal([60f, 61f, 62f, 63f, 64f, 55f, 0.25f, 2f / 3, 0.75f], f);
    }

    [Fact]
    public void Extract_EmptyText_GivesZeroRates()
    {
        float[] f = FeatureSchema.For(Scorer).Extract(Scorer.Score(string.Empty));
        Assert.Equal([0f, 0f, 0f], f[^3..]);
    }

    [Fact]
    public void Extract_SameArticleTwice_KeepsItsRates()
    {
        // Doubling a text doubles its length; the three rates stay where they were.
        FeatureSchema schema = FeatureSchema.For(Scorer);
        string article = SyntheticArticles.Make(1, seed: 21)[0].Text;
        float[] once = schema.Extract(Scorer.Score(article));
        float[] twice = schema.Extract(Scorer.Score(article + "\n\n" + article));
        Assert.True(once[^1] > 0 && once[^2] > 0, "the article has attributions");
        Assert.Equal(once[^3], twice[^3], 3);
        Assert.Equal(once[^2], twice[^2], 3);
        Assert.Equal(once[^1], twice[^1], 3);
    }

    [Fact]
    public void Constructor_RejectsEmptyIdsAndNonFiniteWeights()
    {
        Assert.Throws<ArgumentException>(() => new FeatureSchema(new Dictionary<string, double> { [" "] = 0.1 }));
        Assert.Throws<ArgumentException>(() => new FeatureSchema(new Dictionary<string, double> { ["EPS101"] = double.NaN }));
        Assert.Throws<ArgumentNullException>(() => new FeatureSchema(null!));
    }

    private static Evidence Finding(string ruleId, double weight) => new(ruleId, Law.SourceReferencing, 0, 1, weight, "finding");

    private static EpistemicReport Report(IReadOnlyList<Evidence> evidence, int sentences, int uncertain = 0, int named = 0, int unnamed = 0, IReadOnlyList<Evidence>? suppressed = null)
    {
        LawAssessment Assessment(Law law, int i) => new()
        {
            Law = law,
            Score = 60 + i,
            Verdict = Verdict.Moderate,
            Rationale = [],
            // The rule totals are summed across laws: put the evidence half in one law, half in another.
            Evidence = i == 1 ? [.. evidence.Where((_, k) => k % 2 == 0)] : i == 4 ? [.. evidence.Where((_, k) => k % 2 == 1)] : [],
            Suppressed = i == 1 ? suppressed ?? [] : [],
        };

        SourceMention Source(bool isNamed) => new() { Start = 0, Length = 1, Text = "x", Kind = isNamed ? SourceKind.NamedPerson : SourceKind.Anonymous, Named = isNamed, Key = "x" };

        return new EpistemicReport
        {
            Overall = new ScoreVerdict(55, Verdict.Moderate),
            Laws = [.. Laws.All.Select((law, i) => Assessment(law, i))],
            Sources = [.. Enumerable.Range(0, named).Select(_ => Source(true)), .. Enumerable.Range(0, unnamed).Select(_ => Source(false))],
            Numbers = [],
            NumericChecks = [],
            Hedges = [],
            Sentences = [.. Enumerable.Range(0, sentences).Select(i => new SentenceInfo(i * 10, 9, i < uncertain))],
        };
    }
}
