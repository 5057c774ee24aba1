using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>Finds uncertainty and certainty cues and decides which sentences are uncertain.</summary>
internal static class HedgeDetector
{
    public static List<HedgeCue> Detect(TextDocument doc, LexiconSet lexicons, bool[] uncertain)
    {
        var result = new List<HedgeCue>();
        Lexicon hedges = lexicons["hedges"];
        foreach (Sentence sentence in doc.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (doc[i].Kind != TokenKind.Word || !hedges.TryMatch(doc, i, sentence.EndToken, out int count, out LexiconEntry? entry))
                {
                    continue;
                }

                // "May" capitalised mid-sentence is the month.
                if (doc.Is(i, "may") && doc[i].IsCapitalized && i != sentence.FirstToken)
                {
                    continue;
                }

                if (!Enum.TryParse(entry.Tag, ignoreCase: true, out HedgeKind kind))
                {
                    kind = HedgeKind.Hedge;
                }

                TextSpan span = doc.SpanOf(i, i + count - 1);
                result.Add(new HedgeCue(span.Start, span.Length, span.ToString(doc.Text), kind) { InQuote = doc.IsInQuote(i) });
                if (kind != HedgeKind.Booster)
                {
                    uncertain[sentence.Index] = true;
                }

                i += count - 1;
            }
        }

        return result;
    }
}
