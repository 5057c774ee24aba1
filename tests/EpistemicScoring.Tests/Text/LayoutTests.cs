using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Text;

/// <summary>The page around the prose (credits, labels, embedded posts, stamps) is not the writer's voice.</summary>
public class LayoutTests
{
    private const string Article =
        "Harbor council delays seawall vote\n\n" +
        "Updated 10:42 AM ET\n\n" +
        "1,204 shares\n\n" +
        "The Harbor City council delayed its vote on the seawall on Tuesday, after NOAA and the HARBORAID fund asked for two more weeks to review the plans. The clerk, Dana Reyes, said the vote would be held on March 18.\n\n" +
        "Photo: MARK OSEI/HARBOR GAZETTE\n\n" +
        "Play video\n\n" +
        "Residents packed the hall. One posted a message during the meeting.\n\n" +
        "TOTALLY UNACCEPTABLE that they keep stalling!!! @harborwatch pic.twitter.com/x8Qk2\n\n" +
        "View graphic\n\n" +
        "The council said the review would cost $48,312 and would be paid from the reserve fund.";

    [Fact]
    public void Find_MarksCreditsLabelsPostsAndStamps_NotProse()
    {
        TextDocument doc = TextDocument.Parse(Article);
        bool[] layout = Layout.Find(doc);
        string[] marked = [.. doc.Sentences.ToArray().Where(s => layout[s.Index]).Select(s => Article.Substring(s.Span.Start, s.Span.Length))];
        Assert.Contains(marked, static s => s.StartsWith("Updated 10:42", StringComparison.Ordinal));
        Assert.Contains(marked, static s => s.StartsWith("1,204 shares", StringComparison.Ordinal));
        Assert.Contains(marked, static s => s.StartsWith("Photo:", StringComparison.Ordinal));
        Assert.Contains(marked, static s => s == "Play video");
        Assert.Contains(marked, static s => s == "View graphic");
        Assert.Contains(marked, static s => s.Contains("@harborwatch", StringComparison.Ordinal));
        Assert.DoesNotContain(marked, static s => s.StartsWith("The Harbor City council", StringComparison.Ordinal));
        Assert.DoesNotContain(marked, static s => s.StartsWith("Residents packed", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_LayoutAndAcronyms_GiveNoWritersVoiceFinding()
    {
        EpistemicReport report = EpistemicScorer.CreateDefault().Score(Article);
        string[] voiceRules = ["EPS550", "EPS551", "EPS552", "EPS553", "EPS303"];
        var findings = report.Laws.SelectMany(static l => l.Evidence).Where(e => voiceRules.Contains(e.RuleId)).ToList();
        Assert.True(findings.Count == 0, string.Join("; ", findings.Select(e => $"{e.RuleId} \"{Article.Substring(e.Start, e.Length)}\"")));
    }

    [Fact]
    public void Score_SameShoutingInTheWritersProse_IsCounted()
    {
        string prose = Article.Replace("Residents packed the hall.", "Residents packed the hall. This delay is TOTALLY UNACCEPTABLE!", StringComparison.Ordinal);
        EpistemicReport report = EpistemicScorer.CreateDefault().Score(prose);
        Assert.Contains(report.Laws.SelectMany(static l => l.Evidence), static e => e.RuleId == "EPS550");
    }

    [Fact]
    public void WriterWordCount_LeavesLayoutOut()
    {
        DocumentAnalysis a = DocumentAnalyzer.Analyze(TextDocument.Parse(Article), LexiconSet.Default, []);
        DocumentAnalysis prose = DocumentAnalyzer.Analyze(TextDocument.Parse("The council met. Play video"), LexiconSet.Default, []);
        Assert.True(a.WriterWordCount < a.Document.WordCount);
        Assert.Equal(3, prose.WriterWordCount);
    }
}
