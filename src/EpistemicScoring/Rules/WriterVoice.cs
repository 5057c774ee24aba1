using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules;

/// <summary>
/// The writer's own prose: the words outside quotation marks. Style rules count their findings against it, so that
/// a habit is measured as a habit (how often per stretch of prose) and not as a total that grows with length.
/// </summary>
internal static class WriterVoice
{
    /// <summary>The stretch of the writer's prose one finding is measured against.</summary>
    public const int ReferenceWords = 300;

    /// <summary>
    /// The strength of one finding when findings are counted per <see cref="ReferenceWords"/> words of the
    /// writer's prose: 1 in a text of up to that many words, less in longer ones (two findings in 600 words weigh
    /// as much as one in 300).
    /// </summary>
    /// <param name="analysis">The document's analysis.</param>
    /// <returns>A strength in (0, 1].</returns>
    public static double PerReferenceStretch(DocumentAnalysis analysis) =>
        Math.Min(1.0, ReferenceWords / (double)Math.Max(1, analysis.WriterWordCount));

    /// <summary>
    /// Reports every match of <paramref name="lexicon"/> among the writer's own words, each with the entry's weight
    /// (the rule's descriptor sets <see cref="RuleDescriptor.PerWriterWords"/> to count them per 300 words).
    /// </summary>
    /// <param name="context">The running rule's context.</param>
    /// <param name="lexicon">The words and phrases to find.</param>
    /// <param name="accept">Decides whether a match at a token counts (senses a lexicon cannot tell apart); null accepts all.</param>
    /// <param name="describe">The evidence message for the matched text.</param>
    public static void ReportMatches(in RuleContext context, Lexicon lexicon, Func<TextDocument, int, LexiconEntry, bool>? accept, Func<string, string> describe)
    {
        // The lexicon is matched once per document, however many rules read it (the rhetoric family is seven); each
        // rule then walks the matches as the scan would have: a rejected match moves one token on, a kept one past itself.
        TextDocument doc = context.Document;
        List<LexiconMatch> matches = context.Analysis.Memo(lexicon, a => WriterMatches(a, lexicon));
        int next = 0;
        foreach (LexiconMatch m in matches)
        {
            if (m.Token < next || (accept is not null && !accept(doc, m.Token, m.Entry)))
            {
                continue;
            }

            var span = new TextSpan(doc[m.Token].Start, doc[m.Token + m.Count - 1].End - doc[m.Token].Start);
            context.Report(span, describe(doc.Text.Substring(span.Start, span.Length)), m.Entry.Weight);
            next = m.Token + m.Count;
        }
    }

    /// <summary>
    /// True when <paramref name="lexicon"/> matches among the writer's own words from token <paramref name="first"/> up to
    /// (not including) <paramref name="end"/>, with <paramref name="accept"/> deciding senses as the rules do. It reads the
    /// same once-per-document matches as <see cref="ReportMatches"/>.
    /// </summary>
    /// <param name="analysis">The document's analysis.</param>
    /// <param name="lexicon">The words and phrases to find.</param>
    /// <param name="first">The first token of the stretch.</param>
    /// <param name="end">The token after the stretch.</param>
    /// <param name="accept">Decides whether a match at a token counts; null accepts all.</param>
    /// <returns>Whether a match starts in the stretch.</returns>
    public static bool HasMatch(DocumentAnalysis analysis, Lexicon lexicon, int first, int end, Func<TextDocument, int, LexiconEntry, bool>? accept)
    {
        List<LexiconMatch> matches = analysis.Memo(lexicon, a => WriterMatches(a, lexicon));
        foreach (LexiconMatch m in matches)
        {
            if (m.Token >= first && m.Token < end && (accept is null || accept(analysis.Document, m.Token, m.Entry)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every token of the writer's own words where the lexicon matches, with the longest match there.</summary>
    private static List<LexiconMatch> WriterMatches(DocumentAnalysis analysis, Lexicon lexicon)
    {
        TextDocument doc = analysis.Document;
        bool[] own = analysis.OwnWords;
        var matches = new List<LexiconMatch>();
        foreach (Sentence sentence in doc.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (own[i] && doc[i].Kind == TokenKind.Word && lexicon.TryMatch(doc, i, sentence.EndToken, out int count, out LexiconEntry? entry))
                {
                    matches.Add(new LexiconMatch(i, count, entry));
                }
            }
        }

        return matches;
    }

    private readonly record struct LexiconMatch(int Token, int Count, LexiconEntry Entry);
}
