using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Tests;

public class OverridesAndReceiptTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    [Fact]
    public void Suppression_DropsFinding_RescoresLaw_AndIsListedInReceipt()
    {
        string text = ScorerTests.Sample("unnamed-officials.txt");
        EpistemicReport before = Scorer.Score(text);
        Evidence target = before[Law.SourceReferencing].Evidence.First(e => e.RuleId == RuleIds.UnnamedSources);
        var suppression = new FindingSuppression(target.RuleId, target.SpanHash, "The official is named two paragraphs later.");
        EpistemicReport after = Scorer.Score(new ScoringRequest(text) { Overrides = new ScoringOverrides { Suppress = [suppression] } });

        Assert.DoesNotContain(after[Law.SourceReferencing].Evidence, e => e.RuleId == target.RuleId && e.SpanHash == target.SpanHash);
        Assert.Contains(after[Law.SourceReferencing].Suppressed, e => e.SpanHash == target.SpanHash);
        Assert.True(after[Law.SourceReferencing].Score > before[Law.SourceReferencing].Score);
        Assert.Contains(suppression, after.Receipt!.Suppressed);
    }

    [Fact]
    public void Suppression_FollowsTheText_NotTheOffset()
    {
        string text = ScorerTests.Sample("unnamed-officials.txt");
        Evidence target = Scorer.Score(text)[Law.SourceReferencing].Evidence.First(e => e.RuleId == RuleIds.UnnamedSources);
        var overrides = new ScoringOverrides { Suppress = [new FindingSuppression(target.RuleId, target.SpanHash, "checked")] };
        EpistemicReport edited = Scorer.Score(new ScoringRequest("Editor's note: this draft was revised.\n\n" + text) { Overrides = overrides });
        Assert.Contains(edited[Law.SourceReferencing].Suppressed, e => e.SpanHash == target.SpanHash);
    }

    [Fact]
    public void VerdictOverride_KeepsComputedVerdictBeside_AndIsListedInReceipt()
    {
        string text = ScorerTests.Sample("opinion-column.txt");
        Verdict computed = Scorer.Score(text)[Law.SourceReferencing].Verdict;
        Verdict wanted = computed == Verdict.High ? Verdict.Low : Verdict.High;
        var set = new VerdictOverride(Law.SourceReferencing, wanted, "Column cites the survey in its print edition.");
        EpistemicReport report = Scorer.Score(new ScoringRequest(text) { Overrides = new ScoringOverrides { Verdicts = [set] } });
        LawAssessment law = report[Law.SourceReferencing];
        Assert.Equal(wanted, law.Verdict);
        Assert.Equal(computed, law.ComputedVerdict);
        Assert.Equal(set, law.Override);
        Assert.Contains(set, report.Receipt!.VerdictOverrides);
        Assert.Null(report[Law.Truthfulness].Override);
    }

    [Fact]
    public void Receipt_IsStable_AndChangesWithWeights()
    {
        string text = ScorerTests.Sample("well-sourced-report.txt");
        Receipt a = Scorer.Score(text).Receipt!;
        Receipt b = EpistemicScorer.CreateDefault().Score(text).Receipt!;
        Assert.Equal(a.Digest, b.Digest);
        Assert.Equal(DefaultRules.Version, a.RulesetVersion);
        Receipt c = EpistemicScorer.CreateBuilder().ConfigureRule(RuleIds.NamedSources, r => r.Weight = 0.5).Build().Score(text).Receipt!;
        Assert.NotEqual(a.RulesHash, c.RulesHash);
        Assert.NotEqual(a.Digest, c.Digest);
        Assert.Equal(a.LexiconsHash, c.LexiconsHash);
        Receipt d = EpistemicScorer.CreateBuilder().AddLexiconEntries("anonymous-sources", [new("a well-placed source", 1, "anonymous")]).Build().Score(text).Receipt!;
        Assert.NotEqual(a.LexiconsHash, d.LexiconsHash);
        Receipt e = EpistemicScorer.CreateBuilder(new EpistemicScoringOptions { ConfidenceClaims = 0 }).Build().Score(text).Receipt!;
        Assert.NotEqual(a.SettingsHash, e.SettingsHash);
        Assert.Equal(a.RulesHash, e.RulesHash);
    }

    [Fact]
    public void ConfidenceClaims_TempersAShortTextsHighScores_AndZeroTurnsItOff()
    {
        const string brief = "Mayor Lena Ortiz said on Tuesday that the city would open two shelters in March. "
            + "\"We have the money and the sites,\" Ortiz told reporters at City Hall. "
            + "Council member Tom Reyes, who chairs the housing committee, said in a statement that he backed the plan. "
            + "The shelters will add 120 beds, according to the city's housing department. "
            + "Reyes said the committee would review the running costs at its next meeting on April 2.";
        EpistemicReport tempered = Scorer.Score(brief);
        EpistemicReport raw = EpistemicScorer.CreateBuilder(new EpistemicScoringOptions { ConfidenceClaims = 0 }).Build().Score(brief);
        Assert.True(raw[Law.SourceReferencing].Score > 65);
        Assert.True(tempered[Law.SourceReferencing].Score < raw[Law.SourceReferencing].Score);
        Assert.True(tempered[Law.SourceReferencing].Score > 50);

        // The share kept is reported, and the rationale says what the score was before.
        int claims = tempered.Sentences.Count(static s => s.ClaimType != ClaimType.None);
        Assert.Equal(Math.Round(Math.Sqrt(claims / 30.0), 3), tempered[Law.SourceReferencing].Confidence);
        Assert.Contains($"with {claims} claims to judge, the score keeps", tempered[Law.SourceReferencing].Rationale[0], StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"({raw[Law.SourceReferencing].Score:0.#} before)"), tempered[Law.SourceReferencing].Rationale[0], StringComparison.Ordinal);
        Assert.Equal(1, raw[Law.SourceReferencing].Confidence);
        Assert.DoesNotContain("keeps", raw[Law.SourceReferencing].Rationale[0], StringComparison.Ordinal);
        foreach (Law law in Laws.All)
        {
            if (raw[law].Score <= 50)
            {
                Assert.Equal(raw[law].Score, tempered[law].Score);
            }
        }
    }

    [Fact]
    public void Profile_Chosen_IsReportedAsNotDetected()
    {
        EpistemicReport report = Scorer.Score(new ScoringRequest(ScorerTests.Sample("well-sourced-report.txt")) { Profile = TextProfile.Opinion });
        Assert.Equal(TextProfile.Opinion, report.Profile);
        Assert.False(report.Receipt!.ProfileDetected);
    }

    [Fact]
    public void Profile_Detected_ForSamples()
    {
        Assert.Equal(TextProfile.NewsReport, Scorer.Score(ScorerTests.Sample("well-sourced-report.txt")).Profile);
        Assert.Equal(TextProfile.Opinion, Scorer.Score(ScorerTests.Sample("opinion-column.txt")).Profile);
        Assert.True(Scorer.Score(ScorerTests.Sample("opinion-column.txt")).Receipt!.ProfileDetected);
    }

    [Fact]
    public void Profile_ChangesWeightsOfItsRules()
    {
        const string text = "The new stadium is a mistake. It will drain the budget for a decade and leave the old neighbourhood emptier than before. "
            + "The money would do far more good in the schools, where the roofs leak and the books are out of date. "
            + "A city that cannot fix its classrooms has no business building a palace for a football club. "
            + "The council should drop the plan before the first contract is signed, and spend the savings where the children are.";
        double asNews = Scorer.Score(new ScoringRequest(text) { Profile = TextProfile.NewsReport })[Law.SourceReferencing].Score;
        double asOpinion = Scorer.Score(new ScoringRequest(text) { Profile = TextProfile.Opinion })[Law.SourceReferencing].Score;
        Assert.True(asOpinion > asNews);

        // The writer's own judgements are the genre of a column: Law 1 marks them down half as much.
        EpistemicReport news = Scorer.Score(new ScoringRequest(text) { Profile = TextProfile.NewsReport });
        EpistemicReport opinion = Scorer.Score(new ScoringRequest(text) { Profile = TextProfile.Opinion });
        double Eps103(EpistemicReport r) => r[Law.Truthfulness].Evidence.Where(static e => e.RuleId == "EPS103").Sum(static e => e.Weight);
        Assert.True(Eps103(news) < 0);
        Assert.Equal(Eps103(news) / 2, Eps103(opinion), 3);
    }

    [Fact]
    public void OptionsJson_LexiconEntryWithoutWeight_WeighsOne_AsInALexiconFile()
    {
        const string json = """{ "lexiconAdditions": { "loaded-words": [ { "text": "scamdemic" } ] } }""";
        EpistemicScoringOptions options = OptionsJson.ReadOptions(json);
        LexiconEntry entry = Assert.Single(options.LexiconAdditions["loaded-words"]);
        Assert.Equal(1, entry.Weight);
        Assert.Null(entry.Tag);
    }

    [Fact]
    public void OptionsJson_ReadsTheShapeOfTheOptions()
    {
        const string json = """
            {
              // comments are allowed
              "thresholds": { "high": 70, "moderate": 40 },
              "rules": { "EPS202": { "weight": -0.5 }, "EPS402": { "enabled": false } },
              "minWords": 30,
              "confidenceClaims": 20,
              "profile": "wireBrief",
              "lexiconAdditions": { "anonymous-sources": [ { "text": "a well-placed source", "weight": 1, "tag": "anonymous" } ] },
              "facts": [ { "key": "seawall", "value": 48000000, "unit": "USD" } ],
              "overrides": { "verdicts": [ { "law": "truthfulness", "verdict": "high", "reason": "checked by desk" } ] }
            }
            """;
        EpistemicScoringOptions options = OptionsJson.ReadOptions(json);
        Assert.Equal(70, options.Thresholds.High);
        Assert.Equal(-0.5, options.Rules["EPS202"].Weight);
        Assert.False(options.Rules["EPS402"].Enabled);
        Assert.Equal(TextProfile.WireBrief, options.Profile);
        Assert.Equal(20, options.ConfidenceClaims);
        Assert.Single(options.Facts);
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder(options).Build();
        Assert.DoesNotContain(scorer.Rules, r => r.Id == "EPS402");
        EpistemicReport report = scorer.Score(ScorerTests.Sample("well-sourced-report.txt"));
        Assert.Equal(Verdict.High, report[Law.Truthfulness].Verdict);
        Assert.Equal(TextProfile.WireBrief, report.Profile);
    }

    [Fact]
    public void OptionsJson_UnknownSetting_IsAClearError()
    {
        var ex = Assert.Throws<FormatException>(() => OptionsJson.ReadOptions("{\"tresholds\": {}}"));
        Assert.Contains("tresholds", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsJson_RoundTrips()
    {
        var options = new EpistemicScoringOptions { MinWords = 12, ConfidenceClaims = 4, Profile = TextProfile.Analysis };
        options.Rule("EPS201").Weight = 0.4;
        EpistemicScoringOptions back = OptionsJson.ReadOptions(OptionsJson.Write(options));
        Assert.Equal(12, back.MinWords);
        Assert.Equal(4, back.ConfidenceClaims);
        Assert.Equal(TextProfile.Analysis, back.Profile);
        Assert.Equal(0.4, back.Rules["EPS201"].Weight);
    }
}
