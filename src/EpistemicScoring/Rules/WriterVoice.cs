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
        TextDocument doc = context.Document;
        bool[] own = context.Analysis.OwnWords;
        foreach (Sentence sentence in doc.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!own[i] || doc[i].Kind != TokenKind.Word
                    || !lexicon.TryMatch(doc, i, sentence.EndToken, out int count, out LexiconEntry? entry)
                    || (accept is not null && !accept(doc, i, entry)))
                {
                    continue;
                }

                var span = new TextSpan(doc[i].Start, doc[i + count - 1].End - doc[i].Start);
                context.Report(span, describe(doc.Text.Substring(span.Start, span.Length)), entry.Weight);
                i += count - 1;
            }
        }
    }
}
