using EpistemicScoring.Analysis.Claims;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>
/// Builds the <see cref="DocumentAnalysis"/> of one text: text analysis, then sources, numbers and their
/// checks, hedges, and claim types, each computed once.
/// </summary>
internal static class DocumentAnalyzer
{
    public static DocumentAnalysis Analyze(TextDocument doc, LexiconSet lexicons, IReadOnlyList<ReferenceFact> facts)
    {
        List<SourceMention> sources = SourceExtractor.Extract(doc, lexicons);
        List<NumberMention> numbers = NumberExtractor.Extract(doc);
        List<NumericCheck> checks = NumericChecker.Check(doc, numbers, facts);
        var uncertain = new bool[doc.Sentences.Length];
        List<HedgeCue> hedges = HedgeDetector.Detect(doc, lexicons, sources, uncertain);
        ClaimType[] claims = ClaimClassifier.Classify(doc, lexicons, sources, numbers);
        var sentences = new SentenceInfo[doc.Sentences.Length];
        foreach (Sentence s in doc.Sentences)
        {
            sentences[s.Index] = new SentenceInfo(s.Span.Start, s.Span.Length, uncertain[s.Index]) { ClaimType = claims[s.Index] };
        }

        return new DocumentAnalysis(doc, lexicons, sources, numbers, checks, hedges, sentences, facts);
    }
}
