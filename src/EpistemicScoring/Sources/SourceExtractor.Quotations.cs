using EpistemicScoring.Text;

namespace EpistemicScoring.Sources;

/// <summary>The quotations of a sentence, found by binary search over the document's quotations (linear in the text).</summary>
internal static partial class SourceExtractor
{
    /// <summary>True when a quotation overlaps the sentence.</summary>
    private static bool HasQuotation(TextDocument doc, Sentence sentence)
    {
        int k = FirstQuotationReaching(doc, sentence);
        return k < doc.Quotations.Length && doc.Quotations[k].FirstToken < sentence.EndToken;
    }

    /// <summary>The first quotation of the sentence that lies clear of <paramref name="source"/>, read from the sentence's first quotation on without collecting them.</summary>
    private static Quotation? FirstQuotationClearOf(TextDocument doc, Sentence sentence, Candidate source)
    {
        ReadOnlySpan<Quotation> all = doc.Quotations;
        for (int k = FirstQuotationReaching(doc, sentence); k < all.Length && all[k].FirstToken < sentence.EndToken; k++)
        {
            if (all[k].FirstToken > source.Last || all[k].EndToken <= source.First)
            {
                return all[k];
            }
        }

        return null;
    }

    /// <summary>The index of the first quotation (in text order) that ends after the sentence starts; the count when none does.</summary>
    private static int FirstQuotationReaching(TextDocument doc, Sentence sentence)
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

        return lo;
    }
}
