using System.Text;
using EpistemicScoring.Analysis;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Tests.Robustness;

/// <summary>Issue 21: inputs that used to crash the process, poison the report or blow up its size.</summary>
public class BrokenInputTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    /// <summary>Runs <paramref name="action"/> on a thread with a small stack, as a worker thread may have.</summary>
    private static void OnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }

    [Fact]
    public void Score_NumberTokenOfSixHundredThousandChars_DoesNotOverflowTheStack()
    {
        var digits = new StringBuilder("The office counted ");
        for (int i = 0; digits.Length < 600_000; i++)
        {
            digits.Append(i % 10).Append(',');
        }

        digits.Append("9 cases in the survey.");
        string text = digits.ToString();
        EpistemicReport? report = null;
        OnSmallStack(() => report = Scorer.Score(text));
        NumberMention soup = Assert.Single(report!.Numbers, n => n.Length > 1000);
        Assert.True(soup.NotNormalised);
        Assert.Equal(NumberKind.Other, soup.Kind);
    }

    [Fact]
    public void Score_FigureOfFourHundredDigits_IsNotNormalisedAndJsonIsWritten()
    {
        string text = "The ministry said the debt stood at " + new string('7', 400) + " dollars in the last budget, up from 12 dollars.";
        EpistemicReport report = Scorer.Score(text);
        NumberMention big = Assert.Single(report.Numbers, n => n.Length == 400);
        Assert.True(big.NotNormalised);
        Assert.Equal(0, big.Value);
        Assert.All(report.Numbers, n => Assert.True(double.IsFinite(n.Value)));
        string json = ReportJson.Serialize(report, indented: true);
        Assert.Contains("\"notNormalised\": true", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OrdinaryFigure_HasNoNotNormalisedField()
    {
        EpistemicReport report = Scorer.Score("The fund holds $350 billion, the ministry said.");
        Assert.All(report.Numbers, n => Assert.False(n.NotNormalised));
        Assert.DoesNotContain("notNormalised", ReportJson.Serialize(report), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"rules\": {\"EPS101\": {\"weight\": 1e400}}}", "$.rules.EPS101.weight")]
    [InlineData("{\"thresholds\": {\"high\": -1e999}}", "$.thresholds.high")]
    [InlineData("{\"rules\": null}", "$.rules")]
    [InlineData("{\"rules\": {\"EPS101\": null}}", "$.rules.EPS101")]
    [InlineData("{\"lexiconAdditions\": {\"hedges\": [null]}}", "$.lexiconAdditions.hedges[0]")]
    [InlineData("{\"facts\": [{\"key\": \"gdp\", \"value\": 1e400}]}", "$.facts[0].value")]
    [InlineData("{\"profile\": \"opinion, analysis\"}", "profile")]
    [InlineData("{\"profile\": \"2\"}", "profile")]
    [InlineData("{\"profile\": 2}", "profile")]
    [InlineData("{\"minWords\": \"many\"}", "minWords")]
    public void ReadOptions_AbsurdOrNullValue_FailsNamingThePath(string json, string path)
    {
        FormatException ex = Assert.Throws<FormatException>(() => OptionsJson.ReadOptions(json));
        Assert.Contains(path, ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ReadOptions_NullWeightAndProfile_MeanNotSet()
    {
        EpistemicScoringOptions options = OptionsJson.ReadOptions("{\"rules\": {\"EPS101\": {\"weight\": null}}, \"profile\": null}");
        Assert.Null(options.Rules["EPS101"].Weight);
        Assert.Null(options.Profile);
    }

    [Theory]
    [InlineData("{\"verdicts\": [{\"law\": \"truthfulness, sourceReferencing\", \"verdict\": \"high\", \"reason\": \"r\"}]}", "$.verdicts[0].law")]
    [InlineData("{\"verdicts\": [{\"law\": \"3\", \"verdict\": \"high\", \"reason\": \"r\"}]}", "$.verdicts[0].law")]
    [InlineData("{\"verdicts\": [{\"law\": \"truthfulness\", \"verdict\": \"high, low\", \"reason\": \"r\"}]}", "$.verdicts[0].verdict")]
    [InlineData("{\"suppress\": [null]}", "$.suppress[0]")]
    [InlineData("{\"suppress\": [{\"ruleId\": null, \"spanHash\": \"ab\", \"reason\": \"r\"}]}", "$.suppress[0].ruleId")]
    [InlineData("{\"verdicts\": null}", "$.verdicts")]
    public void ReadOverrides_LooseEnumOrNull_FailsNamingThePath(string json, string path)
    {
        FormatException ex = Assert.Throws<FormatException>(() => OptionsJson.ReadOverrides(json));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOverrides_ExactEnumNames_StillRead()
    {
        ScoringOverrides o = OptionsJson.ReadOverrides("{\"verdicts\": [{\"law\": \"SourceReferencing\", \"verdict\": \"low\", \"reason\": \"checked by desk\"}]}");
        Assert.Equal(Law.SourceReferencing, o.Verdicts[0].Law);
        Assert.Equal(Verdict.Low, o.Verdicts[0].Verdict);
    }

    [Theory]
    [InlineData("[{\"key\": \"gdp\", \"value\": 1e400}]")]
    [InlineData("[{\"key\": \"gdp\", \"value\": -1e400}]")]
    [InlineData("[{\"key\": \"gdp\", \"value\": 3, \"tolerance\": 1e400}]")]
    [InlineData("[{\"key\": \"gdp\", \"value\": 3, \"tolerance\": -0.5}]")]
    public void FactPackJson_NonFiniteValue_Refused(string json)
    {
        Assert.Throws<FormatException>(() => FactPack.ParseJson(json));
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("NaN")]
    [InlineData("1e400")]
    public void FactPackCsv_NonFiniteValue_Refused(string value)
    {
        FormatException ex = Assert.Throws<FormatException>(() => FactPack.ParseCsv(new StringReader($"key,value\ngdp,{value}\n")));
        Assert.Contains("row 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MegabytesOfExclamationMarks_KeepsAtMostTheCapPerRuleAndSaysSo()
    {
        string text = "The mayor said the bridge will open in May! " + string.Concat(Enumerable.Repeat("Amazing! ", 60_000));
        EpistemicReport report = Scorer.Score(text);
        foreach (LawAssessment law in report.Laws)
        {
            foreach (IGrouping<string, Evidence> rule in law.Evidence.GroupBy(e => e.RuleId))
            {
                Assert.True(rule.Count() <= RuleContext.MaxFindingsPerRule, $"{rule.Key} kept {rule.Count()} findings");
            }
        }

        LawAssessment capped = Assert.Single(report.Laws, l => l.OmittedFindings > 0);
        Assert.Contains(capped.Rationale, r => r.Contains("further findings are not listed", StringComparison.Ordinal));
        Assert.Contains("\"omittedFindings\":", ReportJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OrdinaryText_OmitsNoFindings()
    {
        EpistemicReport report = Scorer.Score(ScorerTests.Sample("unnamed-officials.txt"));
        Assert.All(report.Laws, l => Assert.Equal(0, l.OmittedFindings));
        Assert.DoesNotContain("omittedFindings", ReportJson.Serialize(report), StringComparison.Ordinal);
    }
}
