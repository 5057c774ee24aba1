using System.Collections.Frozen;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using EpistemicScoring.Analysis;

namespace EpistemicScoring.Sources;

/// <summary>The quotations of a sentence, found by binary search over the document's quotations (linear in the text).</summary>
internal static partial class SourceExtractor
{
    /// <summary>True when a quotation overlaps the sentence (found by binary search, so a text of many sentences and quotations stays linear).</summary>
    private static bool HasQuotation(TextDocument doc, Sentence sentence)
    {
        ReadOnlySpan<Quotation> all = doc.Quotations;
        int lo = 0;
        int hi = all.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (all[mid].EndToken <= sentence.FirstToken)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < all.Length && all[lo].FirstToken < sentence.EndToken;
    }

    /// <summary>The first quotation of the sentence that lies clear of <paramref name="source"/>, read from the sentence's first quotation on without collecting them.</summary>
    private static Quotation? FirstQuotationClearOf(TextDocument doc, Sentence sentence, Candidate source)
    {
        ReadOnlySpan<Quotation> all = doc.Quotations;
        int lo = 0;
        int hi = all.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (all[mid].EndToken <= sentence.FirstToken)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int k = lo; k < all.Length && all[k].FirstToken < sentence.EndToken; k++)
        {
            if (all[k].FirstToken > source.Last || all[k].EndToken <= source.First)
            {
                return all[k];
            }
        }

        return null;
    }
}
