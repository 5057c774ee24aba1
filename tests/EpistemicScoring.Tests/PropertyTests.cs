using System.Text.Json;
using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;
using EpistemicScoring.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace EpistemicScoring.Tests;

/// <summary>
/// Invariants that hold for any input string, checked by FsCheck on news-like, adversarial and arbitrary Unicode
/// text (<see cref="TextGenerators"/>): a well-formed report for every string, every span inside the text, the same
/// report for the same input, and parallel use equal to sequential use. An ordinary run checks 150 cases per
/// property and generator (30 texts for the parallel property); <c>EPISTEMIC_PROPERTY_CASES=10000</c> runs the
/// nightly count (README, Tests).
/// </summary>
[Trait("Category", "Properties")]
public class PropertyTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();
    private static readonly EpistemicScorer Other = EpistemicScorer.CreateDefault();

    public static TheoryData<string> Kinds => ["news", "adversarial", "unicode"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Score_AnyString_GivesWellFormedReport(string kind) =>
        TextGenerators.Check(Prop.ForAll(TextGenerators.Named(kind), text => WellFormed(text, Scorer.Score(text))), ci: 150);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Score_AnyString_SpansLieInsideText(string kind) =>
        TextGenerators.Check(Prop.ForAll(TextGenerators.Named(kind), text => SpansInside(text, Scorer.Score(text))), ci: 150);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Score_SameInput_SameReport(string kind) =>
        TextGenerators.Check(
            Prop.ForAll(TextGenerators.Named(kind), text =>
            {
                string first = ReportJson.Serialize(Scorer.Score(text));
                return first == ReportJson.Serialize(Scorer.Score(text)) && first == ReportJson.Serialize(Other.Score(text));
            }),
            ci: 100);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Score_ParallelUse_EqualsSequentialUse(string kind)
    {
        Arbitrary<string[]> batches = Gen.ArrayOf(TextGenerators.Named(kind).Generator).Where(static t => t.Length > 0).Select(static t => t.Take(8).ToArray()).ToArbitrary();
        TextGenerators.Check(
            Prop.ForAll(batches, texts =>
            {
                string[] sequential = Array.ConvertAll(texts, t => ReportJson.Serialize(Scorer.Score(t)));
                var parallel = new string[texts.Length * 3];
                Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = ReportJson.Serialize(Scorer.Score(texts[i % texts.Length])));
                return parallel.Select((json, i) => json == sequential[i % texts.Length]).All(static same => same);
            }),
            ci: 30);
    }

    /// <summary>Five laws in order, finite scores in range, rationale lines, JSON that parses back, and sentences for any text with a token (the contract).</summary>
    private static bool WellFormed(string text, EpistemicReport report)
    {
        bool laws = report.Laws.Count == 5
            && report.Laws.Select(static l => l.Law).SequenceEqual(Laws.All)
            && report.Laws.All(static l => double.IsFinite(l.Score) && l.Score is >= 0 and <= 100 && l.Rationale.Count is >= 1 and <= 4
                && l.Evidence.All(static e => double.IsFinite(e.Weight)))
            && double.IsFinite(report.Overall.Score) && report.Overall.Score is >= 0 and <= 100
            && report.Numbers.All(static n => double.IsFinite(n.Value));
        string json = ReportJson.Serialize(report);
        using JsonDocument parsed = JsonDocument.Parse(json);
        bool hasToken = text.Any(static c => !char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format);
        return laws && parsed.RootElement.GetProperty("laws").GetArrayLength() == 5 && report.Sentences.Count > 0 == hasToken;
    }

    /// <summary>Every span of the report inside the text; mentions' text equal to the text at their span; sentences in order.</summary>
    private static bool SpansInside(string text, EpistemicReport report)
    {
        bool Inside(int start, int length) => start >= 0 && length >= 0 && start + length <= text.Length;
        bool sentencesInOrder = report.Sentences.Zip(report.Sentences.Skip(1)).All(static p => p.First.Start + p.First.Length <= p.Second.Start);
        return report.Laws.SelectMany(static l => l.Evidence.Concat(l.Suppressed)).All(e => Inside(e.Start, e.Length))
            && report.Sources.All(s => Inside(s.Start, s.Length) && text.Substring(s.Start, s.Length) == s.Text
                && (s.Cue is null || Inside(s.Cue.Start, s.Cue.Length)) && (s.Content is null || Inside(s.Content.Start, s.Content.Length))
                && (s.Antecedent is null || Inside(s.Antecedent.Start, s.Antecedent.Length)))
            && report.Numbers.All(n => Inside(n.Start, n.Length) && text.Substring(n.Start, n.Length) == n.Text)
            && report.Hedges.All(h => Inside(h.Start, h.Length) && text.Substring(h.Start, h.Length) == h.Text)
            && report.Sentences.All(s => Inside(s.Start, s.Length))
            && sentencesInOrder
            && report.NumericChecks.SelectMany(static c => c.Spans).All(s => Inside(s.Start, s.Length));
    }

    /// <summary>Given as member data: an attribute argument cannot hold a lone surrogate (metadata stores UTF-8).</summary>
    public static TheoryData<string> HostileStrings => ["\uD800", "\uDC00abc\uD800", "\u0000\u0001\u0002\u001F", "\"\"\"\u201C\u201C\u201D", "....... !!! ???", "$ % \u20AC \u00A3"];

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Score_HostileStrings_DoNotThrow(string text)
    {
        EpistemicReport report = Scorer.Score(text);
        Assert.Equal(5, report.Laws.Count);
    }

    [Fact]
    public void Score_OneMegabyte_GivesReport()
    {
        string paragraph = ScorerTests.Sample("unnamed-officials.txt");
        var sb = new System.Text.StringBuilder(1_100_000);
        while (sb.Length < 1_000_000)
        {
            sb.Append(paragraph).Append("\n\n");
        }

        string text = sb.ToString();
        EpistemicReport report = Scorer.Score(text);
        Assert.True(report.Sentences.Count > 1000);
        Assert.All(report.Sentences, s => Assert.True(s.Start + s.Length <= text.Length));
    }
}
