using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// One quantity named again by a back-reference ("that $3 billion", "among the 4,000"), by the same counted phrase
/// of two or more words quoted against its paraphrase ("four different schools"), or by the same period named by its
/// position in nearby sentences ("the first three months"); the two should agree. Shared context words alone never link two
/// figures: articles full of figures (polls, fundraising tallies) state many different amounts in the same words.
/// </summary>
internal sealed class RepeatCheck : INumericCheck
{
    private const int Lookback = 12;

    /// <summary>How many sentences back a back-reference may point.</summary>
    private const int BackReferenceReach = 6;

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results) => Repeats(ctx.Doc, ctx.Infos, results, ctx.Flagged);

    private static void Repeats(TextDocument doc, FigureInfo[] infos, List<NumericCheck> result, HashSet<int> flagged)
    {
        var buckets = new Dictionary<string, List<FigureInfo>>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, FigureInfo>(StringComparer.Ordinal);
        foreach (FigureInfo b in infos)
        {
            if (!b.Checkable)
            {
                continue;
            }

            if (!buckets.TryGetValue(b.Bucket, out List<FigureInfo>? earlier))
            {
                earlier = [];
                buckets[b.Bucket] = earlier;
            }

            FigureInfo? partner = null;
            string wording = string.Empty;
            BackReference strength = b.M.Value > 1 ? BackReferenceOf(doc, b.M) : BackReference.None;
            if (strength != BackReference.None)
            {
                partner = BackReferencePartner(earlier, b, strength);
                wording = "Back-reference";
            }

            // The same counted phrase of two or more words is a restatement only when one of the two is quoted and the
            // other is not: a speaker's words against the paraphrase of them ("four different schools"). Two
            // narrative figures with one phrase ("41 registered voters", "22 registered voters") are two places.
            string? phraseKey = b.M.Kind == NumberKind.Count && b.M.Subject is not null && b.M.Subject.Contains(' ', StringComparison.Ordinal) ? b.Bucket + "|" + b.M.Subject : null;
            if (partner is null && phraseKey is not null && phrases.TryGetValue(phraseKey, out FigureInfo? samePhrase) && samePhrase.Sentence != b.Sentence
                && samePhrase.InQuote != b.InQuote && !InRange(doc, samePhrase.M) && !InRange(doc, b.M) && Compatible(samePhrase, b))
            {
                partner = samePhrase;
                wording = "Same phrase";
            }

            if (phraseKey is not null)
            {
                phrases[phraseKey] = b;
            }

            if (partner is null && PeriodWord(doc, b.M) is { } period)
            {
                // "the first three months … In the first three months": one period named by its position, twice in a
                // paragraph, within two sentences.
                for (int k = earlier.Count - 1; k >= 0; k--)
                {
                    FigureInfo a = earlier[k];
                    if (a.Paragraph == b.Paragraph && b.Sentence - a.Sentence is > 0 and <= 2 && PeriodWord(doc, a.M) == period)
                    {
                        partner = a;
                        wording = "Same period";
                        break;
                    }
                }
            }

            earlier.Add(b);
            if (partner is null)
            {
                continue;
            }

            bool ok = Agree(partner, b);
            if (!ok)
            {
                flagged.Add(b.Index);
            }

            string cue = wording switch
            {
                "Back-reference" => Quote(doc, b.M.FirstToken - 1, b.M.LastToken),
                "Same period" => Quote(doc, b.M.FirstToken - 2, b.M.LastToken),
                _ => b.M.Text,
            };
            Add(result, NumericCheckKind.Repeat, ok, $"{wording} \"{cue}\"", ok
                ? $"it names {partner.M.Text} stated earlier again; the figures agree"
                : $"it names {partner.M.Text} stated earlier again, but the values differ ({Describe(partner)} against {Describe(b)})", partner.M, b.M);
        }
    }

    /// <summary>
    /// The earlier figure a back-reference names: one that agrees with it, else (strong) the nearest compatible one,
    /// else (weak "the N") the nearest one with the same counted noun.
    /// </summary>
    private static FigureInfo? BackReferencePartner(List<FigureInfo> earlier, FigureInfo b, BackReference strength)
    {
        FigureInfo? nearest = null;
        for (int k = earlier.Count - 1; k >= 0 && k >= earlier.Count - Lookback; k--)
        {
            FigureInfo a = earlier[k];
            if (a.Sentence >= b.Sentence || b.Sentence - a.Sentence > BackReferenceReach || !Compatible(a, b))
            {
                continue;
            }

            if (Agree(a, b) && (a.M.Step >= b.M.Step || a.M.Value == b.M.Value))
            {
                return a;
            }

            // A few people named before are "those three", "the two": a small count with no noun is linked only to an
            // equal figure, never to the nearest different one.
            bool sameNoun = a.Head is not null && a.Head == b.Head;
            bool smallGroup = b.M.Kind == NumberKind.Count && b.Head is null && b.M.Value < 10;
            if (nearest is null && (sameNoun || (strength == BackReference.Strong && !smallGroup)))
            {
                nearest = a;
            }
        }

        return nearest;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> PeriodWords = Internal.EmbeddedData.Words("numericchecks-period-words.txt");

    /// <summary>"the first three months": the position word of a period of time, or null.</summary>
    private static string? PeriodWord(TextDocument doc, NumberMention m) =>
        m.Kind == NumberKind.Measure && m.Unit is "day" or "week" or "month" or "year" or "hour" or "decade" && doc.Is(m.FirstToken - 2, "the") && doc.IsIn(m.FirstToken - 1, PeriodWords)
            ? doc.TokenText(m.FirstToken - 1).ToString().ToLowerInvariant()
            : null;

    public static string Describe(FigureInfo i)
    {
        string bound = i.M.Bound switch
        {
            NumberBound.Lower => "more than ",
            NumberBound.Upper => "at most ",
            NumberBound.About => "about ",
            NumberBound.JustOver => "just over ",
            NumberBound.Nearly => "nearly ",
            _ => string.Empty,
        };
        return bound + F(i.M.Value) + (i.M.Unit is null or "%" ? (i.M.Unit ?? string.Empty) : " " + i.M.Unit);
    }
}
