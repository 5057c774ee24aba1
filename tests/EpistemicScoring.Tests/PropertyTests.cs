using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EpistemicScoring.Tests;

/// <summary>Invariants that hold for any input string.</summary>
public class PropertyTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    /// <summary>Strings built from news-like pieces and hostile characters, so that generated text exercises the rules.</summary>
    public static class Generators
    {
        private static readonly string[] Pieces =
        [
            "Officials said", " the ", "Dr. Kang", " told reporters ", "$12.5B", " 25% ", "\"", "\u201C", "\u201D", ". ", "? ",
            "\n", "\n\n", "may", " clearly ", "according to", " U.S. ", "\uD800", "\uDC00", "\u0000", "\t", "Lee Jae-myung",
            " critics argue ", " 1,000 ", "...", "\u2026", " - ", "May", " if ", " whether ", "\u00A0", "e\u0301", "\uD83D\uDE00",
        ];

        public static Arbitrary<string> NewsLike() =>
            Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
                .Select(parts => string.Concat(parts))
                .ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public bool Score_AnyString_GivesWellFormedReport(string text)
    {
        EpistemicReport report = Scorer.Score(text);
        return report.Laws.Count == 5
            && report.Laws.Select(l => l.Law).SequenceEqual(Laws.All)
            && report.Laws.All(l => l.Score is >= 0 and <= 100 && l.Rationale.Count is >= 1 and <= 3)
            && report.Overall.Score is >= 0 and <= 100;
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public bool Score_AnyString_SpansLieInsideText(string text)
    {
        EpistemicReport report = Scorer.Score(text);
        bool Inside(int start, int length) => start >= 0 && length >= 0 && start + length <= text.Length;
        return report.Laws.SelectMany(l => l.Evidence).All(e => Inside(e.Start, e.Length))
            && report.Sources.All(s => Inside(s.Start, s.Length) && text.Substring(s.Start, s.Length) == s.Text
                && (s.Cue is null || Inside(s.Cue.Start, s.Cue.Length)) && (s.Content is null || Inside(s.Content.Start, s.Content.Length)))
            && report.Numbers.All(n => Inside(n.Start, n.Length) && text.Substring(n.Start, n.Length) == n.Text)
            && report.Hedges.All(h => Inside(h.Start, h.Length) && text.Substring(h.Start, h.Length) == h.Text)
            && report.Sentences.All(s => Inside(s.Start, s.Length))
            && report.NumericChecks.SelectMany(c => c.Spans).All(s => Inside(s.Start, s.Length));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public bool Score_SameInput_SameReport(string text) =>
        ReportJson.Serialize(Scorer.Score(text)) == ReportJson.Serialize(EpistemicScorer.CreateDefault().Score(text));

    [Fact]
    public void Score_ParallelUse_EqualsSequentialUse()
    {
        string[] texts =
        [
            ScorerTests.Sample("well-sourced-report.txt"),
            ScorerTests.Sample("unnamed-officials.txt"),
            ScorerTests.Sample("opinion-column.txt"),
            "Officials said the fund may hold $350 billion.",
            string.Empty,
        ];
        string[] sequential = texts.Select(t => ReportJson.Serialize(Scorer.Score(t))).ToArray();
        var parallel = new string[texts.Length * 20];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = ReportJson.Serialize(Scorer.Score(texts[i % texts.Length])));
        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % texts.Length], parallel[i]);
        }
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("\uDC00abc\uD800")]
    [InlineData("\u0000\u0001\u0002\u001F")]
    [InlineData("\"\"\"\u201C\u201C\u201D")]
    [InlineData("....... !!! ???")]
    [InlineData("$ % \u20AC \u00A3")]
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
