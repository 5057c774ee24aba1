using EpistemicScoring.Analysis;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Tests.Support;

namespace EpistemicScoring.Tests;

public class ScorerTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    internal static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));

    [Fact]
    public void Score_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Scorer.Score((string)null!));
        Assert.Throws<ArgumentNullException>(() => Scorer.Score((ScoringRequest)null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t\r\n  ")]
    public void Score_EmptyOrWhitespace_EveryLawInsufficient(string text)
    {
        EpistemicReport report = Scorer.Score(text);
        Assert.Equal(5, report.Laws.Count);
        Assert.All(report.Laws, l => Assert.Equal(Verdict.Insufficient, l.Verdict));
        Assert.Equal(Verdict.Insufficient, report.Overall.Verdict);
        Assert.Empty(report.Sentences);
    }

    [Fact]
    public void Score_OneSentence_FillsAnalysisButJudgesNothing()
    {
        EpistemicReport report = Scorer.Score("Officials said the fund may hold $350 billion.");
        Assert.Single(report.Sentences);
        Assert.NotEmpty(report.Sources);
        Assert.NotEmpty(report.Numbers);
        Assert.NotEmpty(report.Hedges);
        Assert.True(report.Sentences[0].Uncertain);
        Assert.All(report.Laws, l => Assert.Equal(Verdict.Insufficient, l.Verdict));
    }

    [Fact]
    public void Score_TooLong_ThrowsNamingTheLimit()
    {
        EpistemicScorer small = EpistemicScorer.CreateBuilder().Configure(o => o.MaxTextLength = 100).Build();
        var ex = Assert.Throws<TextTooLongException>(() => small.Score(new string('a', 101)));
        Assert.Contains("100", ex.Message, StringComparison.Ordinal);
        Assert.Equal(100, ex.Limit);
        Assert.NotNull(small.Score(new string('a', 100)));
    }

    [Fact]
    public void Score_LawsComeInContractOrder()
    {
        EpistemicReport report = Scorer.Score(Sample("well-sourced-report.txt"));
        Assert.Equal(Laws.All, report.Laws.Select(l => l.Law));
    }

    [Fact]
    public void Score_WellSourcedReport_BeatsUnnamedOfficialsPiece_OnSourcing()
    {
        EpistemicReport good = Scorer.Score(Sample("well-sourced-report.txt"));
        EpistemicReport poor = Scorer.Score(Sample("unnamed-officials.txt"));
        Assert.True(good[Law.SourceReferencing].Score > poor[Law.SourceReferencing].Score);
        Assert.True(good.Overall.Score > poor.Overall.Score);
    }

    [Fact]
    public void Score_RequestId_IsCopiedIntoReport()
    {
        EpistemicReport report = Scorer.Score(new ScoringRequest("Some text here.") { Id = "doc-7" });
        Assert.Equal("doc-7", report.Id);
    }

    [Fact]
    public void Score_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Scorer.Score(Sample("well-sourced-report.txt"), cts.Token));
    }

    [Fact]
    public void Builder_RemoveRule_DropsItsEvidence()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder().RemoveRule(RuleIds.UnnamedSources).Build();
        EpistemicReport report = scorer.Score(Sample("unnamed-officials.txt"));
        Assert.DoesNotContain(report.Laws.SelectMany(l => l.Evidence), e => e.RuleId == RuleIds.UnnamedSources);
        Assert.DoesNotContain(scorer.Rules, d => d.Id == RuleIds.UnnamedSources);
    }

    [Fact]
    public void Builder_DisableRuleThroughOptions_DropsItsEvidence()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder().ConfigureRule(RuleIds.UnnamedSources, r => r.Enabled = false).Build();
        EpistemicReport report = scorer.Score(Sample("unnamed-officials.txt"));
        Assert.DoesNotContain(report.Laws.SelectMany(l => l.Evidence), e => e.RuleId == RuleIds.UnnamedSources);
    }

    [Fact]
    public void Builder_RuleWeight_ScalesItsEvidence()
    {
        string text = Sample("unnamed-officials.txt");
        EpistemicScorer heavier = EpistemicScorer.CreateBuilder().ConfigureRule(RuleIds.UnnamedSources, r => r.Weight = -0.7).Build();
        Evidence baseline = Scorer.Score(text)[Law.SourceReferencing].Evidence.First(e => e.RuleId == RuleIds.UnnamedSources);
        Evidence doubled = heavier.Score(text)[Law.SourceReferencing].Evidence.First(e => e.RuleId == RuleIds.UnnamedSources && e.Start == baseline.Start);
        Assert.Equal(baseline.Weight * 2, doubled.Weight, 3);
    }

    [Fact]
    public void Builder_CustomRule_AddsEvidence()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder().AddRule<ExclamationRule>().Build();
        EpistemicReport report = scorer.Score(Sample("opinion-column.txt") + " Wake up!");
        Assert.Contains(report[Law.InferenceTraceability].Evidence, e => e.RuleId == "EPS599");
    }

    [Fact]
    public void Builder_Thresholds_DecideVerdicts()
    {
        EpistemicScorer strict = EpistemicScorer.CreateBuilder().Configure(o => o.Thresholds = new VerdictThresholds { High = 99, Moderate = 98 }).Build();
        EpistemicReport report = strict.Score(Sample("well-sourced-report.txt"));
        Assert.All(report.Laws.Where(l => l.Verdict != Verdict.Insufficient), l => Assert.Equal(Verdict.Low, l.Verdict));
    }

    [Fact]
    public void Builder_ThresholdsOutOfOrder_Throws()
    {
        Assert.Throws<InvalidOperationException>(() =>
            EpistemicScorer.CreateBuilder().Configure(o => o.Thresholds = new VerdictThresholds { High = 40, Moderate = 60 }).Build());
    }

    [Fact]
    public void Builder_LaterEdits_DoNotChangeBuiltScorer()
    {
        EpistemicScorerBuilder builder = EpistemicScorer.CreateBuilder();
        EpistemicScorer first = builder.Build();
        builder.Configure(o => o.MaxTextLength = 10);
        Assert.NotNull(first.Score(new string('a', 50)));
    }

    [Fact]
    public void Facts_FromRequest_AreCheckedAgainstFigures()
    {
        var fact = new ReferenceFact { Key = "seawall", Value = 48_000_000, Unit = "USD", Source = "City budget 2026" };
        EpistemicReport report = Scorer.Score(new ScoringRequest("The seawall will cost $48 million.") { Facts = [fact] });
        Assert.Contains(report.NumericChecks, c => c.Kind == NumericCheckKind.Reference && c.Status == NumericCheckStatus.Confirmed);
    }

    [Fact]
    public void Rationale_HasOneToThreeSentences_PerLaw()
    {
        foreach (string name in new[] { "well-sourced-report.txt", "unnamed-officials.txt", "opinion-column.txt" })
        {
            EpistemicReport report = Scorer.Score(Sample(name));
            Assert.All(report.Laws, l => Assert.InRange(l.Rationale.Count, 1, 3));
        }
    }

    [Fact]
    public void Evidence_IsSortedStrongestFirst()
    {
        EpistemicReport report = Scorer.Score(Sample("unnamed-officials.txt"));
        foreach (LawAssessment law in report.Laws)
        {
            for (int i = 1; i < law.Evidence.Count; i++)
            {
                Assert.True(Math.Abs(law.Evidence[i - 1].Weight) >= Math.Abs(law.Evidence[i].Weight));
            }
        }
    }
}
