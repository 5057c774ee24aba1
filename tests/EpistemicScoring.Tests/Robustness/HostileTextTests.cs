using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;
using EpistemicScoring.Tests.Support;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Robustness;

/// <summary>
/// Issue 18: the twelve hostile shapes give a report each, with every span inside the text, and the structural caps
/// that keep the cost linear hold. (The cost itself is measured by <c>benchmarks/hostile/measure.sh</c>, not here:
/// tests assert behaviour, never time.)
/// </summary>
public class HostileTextTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    public static TheoryData<string> Names => [.. HostileDocuments.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Score_HostileDocument_GivesReportWithSpansInsideTheText(string name)
    {
        string text = HostileDocuments.Make(name, 60_000);
        EpistemicReport report = Scorer.Score(text);

        Assert.Equal(5, report.Laws.Count);
        bool Inside(int start, int length) => start >= 0 && length >= 0 && start + length <= text.Length;
        Assert.All(report.Laws.SelectMany(l => l.Evidence), e => Assert.True(Inside(e.Start, e.Length)));
        Assert.All(report.Sources, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
        Assert.All(report.Numbers, n => Assert.Equal(n.Text, text.Substring(n.Start, n.Length)));
        Assert.All(report.Sentences, s => Assert.True(Inside(s.Start, s.Length)));
        Assert.All(report.Laws, l => Assert.True(l.Evidence.GroupBy(e => e.RuleId).All(g => g.Count() <= EpistemicScoring.Rules.RuleContext.MaxFindingsPerRule)));
        string json = ReportJson.Serialize(report);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileDocuments_SameSize_SameText()
    {
        Assert.All(HostileDocuments.Names, name => Assert.Equal(HostileDocuments.Make(name, 5_000), HostileDocuments.Make(name, 5_000)));
        Assert.All(HostileDocuments.All(5_000), d => Assert.InRange(d.Text.Length, 5_000, 6_500));
    }

    [Fact]
    public void Split_RunWithoutSentenceEnd_IsCutAtTheTokenCap()
    {
        string text = string.Concat(Enumerable.Repeat("officials said the council may vote ", 1_000));
        TextDocument doc = TextDocument.Parse(text);

        Assert.True(doc.Sentences.Length >= doc.TokenCount / SentenceSplitter.MaxSentenceTokens);
        foreach (Sentence s in doc.Sentences)
        {
            Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxSentenceTokens);
        }
    }

    [Theory]
    [InlineData("!")]
    [InlineData("! ")]
    [InlineData("!\n\n")]
    [InlineData("\"")]
    public void Split_MegabytesOfMarks_AreNotMillionsOfSentences(string mark)
    {
        // Before: 4.9 MB of "!" gave 4.9 million sentences, 2.7 GB of memory and 528 MB of report JSON.
        string text = "The mayor said the bridge will open in May. " + string.Concat(Enumerable.Repeat(mark, 1_000_000 / mark.Length));
        TextDocument doc = TextDocument.Parse(text);
        Assert.InRange(doc.Sentences.Length, 2, 2 + SentenceSplitter.MaxMarkOnlySentences + (doc.TokenCount / SentenceSplitter.MaxSentenceTokens));
        Assert.Equal(text.TrimEnd().Length, doc.Sentences[^1].Span.End);
    }

    [Fact]
    public void Split_AFewSentencesOfMarksAlone_StaySentences()
    {
        TextDocument doc = TextDocument.Parse("He won! ! ! Then he left.");
        Assert.Equal(["He won!", "!", "!", "Then he left."], doc.Sentences.ToArray().Select(s => s.Span.ToString("He won! ! ! Then he left.")));
    }

    [Fact]
    public void Split_OrdinarySentenceBelowTheCap_IsNotCut()
    {
        string text = "The council said " + string.Join(", ", Enumerable.Range(1, 120).Select(i => $"item {i}")) + " would be reviewed.";
        TextDocument doc = TextDocument.Parse(text);
        Assert.True(doc.TokenCount < SentenceSplitter.MaxSentenceTokens);
        Assert.Equal(1, doc.Sentences.Length);
    }

    [Theory]
    [InlineData("\"We are done.\" The talks ended.", 2)]
    [InlineData("(He said it was over.) The talks ended.", 2)]
    [InlineData("He quoted the line (\"It is over.\") Then he left.", 2)]
    public void Split_TerminalBeforeClosers_StillEndsTheSentence(string text, int expected)
    {
        Assert.Equal(expected, TextDocument.Parse(text).Sentences.Length);
    }

    [Fact]
    public void Split_MillionClosers_AreReadInOnePass()
    {
        // Before: every ')' walked back over all the closers before it (minutes for 500,000 of them).
        string text = "The mayor said (" + new string('(', 100_000) + "it may rain" + new string(')', 100_000) + ". Then it did.";
        TextDocument doc = TextDocument.Parse(text);
        Assert.True(doc.Sentences.Length > 1);
        Assert.Equal(text.Length, doc.Sentences[^1].Span.End);
    }
}
