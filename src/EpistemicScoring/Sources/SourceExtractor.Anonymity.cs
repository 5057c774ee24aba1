using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Sources;

/// <summary>Stated reasons for anonymity ("who spoke on condition of anonymity", "who was not authorized to discuss the talks") and the unnamed source each belongs to.</summary>
internal static partial class SourceExtractor
{
    /// <summary>Words that open a reason phrase before its trigger ("who spoke on condition of anonymity").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ReasonOpeners = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "who", "because", "since", "as", "on", "speaking", "requesting", "asking", "granted", "insisting", "without");

    /// <summary>The longest reason phrase, in tokens either side of its trigger.</summary>
    private const int ReasonReach = 12;

    /// <summary>
    /// Every phrase that says why a source is unnamed or that its name was withheld, as token ranges in text order:
    /// around "anonymity" or "anonymously", a negated "authorized", "permitted" or "allowed", or a withheld name ("not
    /// to be named", "declined to be identified"). A phrase runs from its opener ("who", "because", "on", or the
    /// start of its clause) to the end of its clause.
    /// </summary>
    private static List<(int First, int Last)> AnonymityReasons(TextDocument doc)
    {
        var result = new List<(int, int)>();
        int covered = -1;
        for (int i = 0; i < doc.TokenCount; i++)
        {
            if (i <= covered || !doc[i].IsWord || !IsReasonTrigger(doc, i))
            {
                continue;
            }

            int sentenceFirst = doc.Sentences[doc.SentenceOf(i)].FirstToken;
            int sentenceEnd = doc.Sentences[doc.SentenceOf(i)].EndToken;
            // From the leftmost opener of the clause ("who spoke on condition of ...", "who asked not to be named") to the
            // end of the clause, not over another cue ("... not to be named | said ...").
            int first = i;
            int clause = i;
            for (int k = i - 1; k >= sentenceFirst && i - k <= ReasonReach && doc[k].IsWord; k--)
            {
                clause = k;
                if (doc.IsIn(k, ReasonOpeners))
                {
                    first = k;
                }
            }

            if (first == i)
            {
                first = clause;
            }

            int last = i;
            for (int k = i + 1; k < sentenceEnd && k - i <= ReasonReach && (doc[k].IsWord || doc[k].Kind == TokenKind.Number)
                 && !doc.IsIn(k, SourceLexicons.Inverts) && !doc.Is(k, "and") && !doc.Is(k, "but") && !doc.Is(k, "while"); k++)
            {
                last = k;
            }

            result.Add((first, last));
            covered = last;
        }

        return result;
    }

    private static bool IsReasonTrigger(TextDocument doc, int i)
    {
        if (doc.Is(i, "anonymity") || doc.Is(i, "anonymously"))
        {
            return true;
        }

        bool negated = doc.Is(i - 1, "not") || doc.Is(i - 1, "n't") || SourceLexicons.IsNegatedAux(doc, i - 1);
        if (doc.Is(i, "authorized") || doc.Is(i, "authorised") || doc.Is(i, "permitted") || doc.Is(i, "allowed"))
        {
            return negated || doc.Is(i - 1, "unauthorized");
        }

        if (doc.Is(i, "unauthorized") || doc.Is(i, "unauthorised"))
        {
            return doc.Is(i + 1, "to");
        }

        // "asked not to be named", "declined to be identified", "asked that her name not be used".
        if ((doc.Is(i, "named") || doc.Is(i, "identified") || doc.Is(i, "used")) && doc.Is(i - 1, "be"))
        {
            return doc.Is(i - 2, "not") || doc.Is(i - 2, "n't") || doc.Is(i - 2, "to") && (doc.Is(i - 3, "declined") || doc.Is(i - 3, "refused") || doc.Is(i - 3, "not"));
        }

        return false;
    }

    /// <summary>
    /// The reason phrase that describes the source of <paramref name="found"/>[<paramref name="index"/>], or null. A phrase belongs to the unnamed source it
    /// describes: right after it ("an aide, who spoke on condition of anonymity"), right before it ("Speaking on
    /// condition of anonymity, an aide said"), or after its cue with no other source between ("aides said ...,
    /// speaking on condition of anonymity").
    /// </summary>
    private static SpanText? ReasonFor(TextDocument doc, List<(int First, int Last)> reasons, List<Found> found, int index)
    {
        Candidate source = found[index].Source;
        int cueLast = found[index].CueLast;
        int sentence = doc.SentenceOf(source.First);
        int best = -1;
        int bestDistance = int.MaxValue;
        int lo = 0;
        int hi = reasons.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (reasons[mid].Last < doc.Sentences[sentence].FirstToken)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int r = lo; r < reasons.Count && reasons[r].First < doc.Sentences[sentence].EndToken; r++)
        {
            (int first, int last) = reasons[r];
            bool after = first > source.Last && first - source.Last <= 3;
            bool before = last < source.First && source.First - last <= 2;
            bool afterCue = first > cueLast && !SourceBetween(found, cueLast, first);
            bool inside = first <= source.Last && last >= source.First; // "a source who was not authorized to ..."
            int distance = first > source.Last ? first - source.Last : source.First > last ? source.First - last : 0;
            if ((after || before || afterCue || inside) && distance < bestDistance)
            {
                bestDistance = distance;
                best = r;
            }
        }

        return best < 0 ? null : SpanText.From(doc.SpanOf(reasons[best].First, reasons[best].Last), doc.Text);
    }

    private static bool SourceBetween(List<Found> found, int from, int to)
    {
        foreach (Found f in found)
        {
            if (f.Source.First > from && f.Source.First < to)
            {
                return true;
            }
        }

        return false;
    }
}
