using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EpistemicScoring.Tests.Analysis;

public class HedgePropertyTests
{
    private static readonly string[] Words =
    [
        "may", "May", "might", "could", "would", "if", "as", "whether", "not", "clear", "no", "doubt", "some", "say", "critics",
        "argue", "it", "is", "believed", "the", "plan", "will", "clearly", "fail", "therefore", "because", "\"", ",", ".", "?",
        "possible", "that", "indicates", "suspect", "might", "clearly", "felt", "thought", "cannot", "be", "ruled", "out", "regarded", "by", "many", "as", "all", "always", "12%", "2024", "\n\n",
    ];

    public static Arbitrary<string> CueHeavyText() =>
        Gen.ArrayOf(Gen.Elements(Words)).Select(static w => string.Join(' ', w)).ToArbitrary();

    [Property(Arbitrary = [typeof(HedgePropertyTests)], MaxTest = 300)]
    public bool Detect_CueSpansLieInsideTheTextAndMatchIt(string text)
    {
        DocumentAnalysis a = DocumentAnalyzer.Analyze(TextDocument.Parse(text), LexiconSet.Default, []);
        foreach (HedgeCue cue in a.Hedges)
        {
            if (cue.Start < 0 || cue.Start + cue.Length > text.Length || text.Substring(cue.Start, cue.Length) != cue.Text)
            {
                return false;
            }
        }

        EpistemicReport report = EpistemicScorer.CreateDefault().Score(text + " " + text + " " + text);
        return a.Sentences.Count == a.Document.Sentences.Length && report.Laws.All(static l => l.Score is >= 0 and <= 100);
    }

    [Property(MaxTest = 300)]
    public void Score_AnyString_NeverThrows(NonNull<string> text)
    {
        EpistemicReport report = EpistemicScorer.CreateDefault().Score(text.Get);
        Assert.Equal(5, report.Laws.Count);
    }
}
