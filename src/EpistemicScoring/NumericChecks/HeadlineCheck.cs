using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// The headline's figure against the body's: "Council approves $48M for bridge repairs." over "The city council on
/// Tuesday approved $48 million …". A headline is a first paragraph of one short sentence (at most
/// <see cref="HeadlineTokens"/> tokens) with more text after it. Its one figure of a kind is compared with the body's
/// lead (the first <see cref="LeadSentences"/> sentences): agreeing with any figure of the kind there holds; otherwise
/// the lead's first figure of the kind, written at the same scale ("$48M", "$48 million"), must match it. The body's
/// figure must stand near a word of the headline ("approves $48M for bridge repairs" … "approved $48 million for
/// repairs"): the headline is the cue, the shared word only confirms that the lead restates it and does not open
/// with another quantity ("gets 52-month sentence" … "over 14 months").
/// </summary>
internal sealed class HeadlineCheck : INumericCheck
{
    /// <summary>A headline is one sentence of at most 24 tokens: a lead sentence is longer.</summary>
    public const int HeadlineTokens = 24;

    /// <summary>The lead a headline sums up: the first four sentences of the body (a byline and a date take two).</summary>
    public const int LeadSentences = 4;

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        if (doc.Paragraphs.Length < 2 || doc.Paragraphs[0].SentenceCount != 1 || doc.Sentences[0].TokenCount > HeadlineTokens)
        {
            return;
        }

        int bodyFirst = doc.Paragraphs[1].FirstSentence;
        for (int i = 0; i < infos.Length && infos[i].Sentence == 0; i++)
        {
            FigureInfo h = infos[i];
            if (!h.Checkable || h.M.Value <= 0 || CountInHeadline(infos, h.Bucket) != 1)
            {
                continue;
            }

            HashSet<string> headWords = Stems(doc, doc.Sentences[0].FirstToken, doc.Sentences[0].EndToken);
            FigureInfo? first = null, equal = null;
            for (int k = i + 1; k < infos.Length && infos[k].Sentence < bodyFirst + LeadSentences; k++)
            {
                FigureInfo b = infos[k];
                if (b.Sentence < bodyFirst || b.Bucket != h.Bucket)
                {
                    continue;
                }

                Sentence bs = doc.Sentences[b.Sentence];
                HashSet<string> near = Stems(doc, Math.Max(bs.FirstToken, b.M.FirstToken - 8), Math.Min(bs.EndToken, b.M.LastToken + 9));
                if (!near.Overlaps(headWords))
                {
                    continue;
                }

                first ??= b;
                if (Agree(h, b))
                {
                    equal = b;
                    break;
                }
            }

            FigureInfo? body = equal ?? (first is not null && first.ScaleWord == h.ScaleWord && FigureLinks.Compatible(h, first) ? first : null);
            if (body is null)
            {
                continue;
            }

            bool ok = equal is not null;
            Add(results, NumericCheckKind.Repeat, ok, $"Headline \"{h.M.Text}\" and body", ok
                ? $"the body states it as {body.M.Text}; the figures agree"
                : $"the body's lead states {body.M.Text} instead", h.M, body.M);
        }
    }

    /// <summary>Five-letter stems of the content words in tokens [from, to): "approves" and "approved" share "appro".</summary>
    private static HashSet<string> Stems(TextDocument doc, int from, int to)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (int t = from; t < to; t++)
        {
            ReadOnlySpan<char> w = doc.TokenText(t);
            if (doc[t].Kind != TokenKind.Word || w.Length < 4 || doc.IsIn(t, Numbers.NumberLexicon.NotCountedNouns)
                || Numbers.NumberLexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w) || Numbers.NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w)
                || Numbers.NumberLexicon.MeasureUnits.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w) || Numbers.NumberLexicon.CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w)
                || Numbers.NumberLexicon.Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w))
            {
                continue;
            }

            string l = w.ToString().ToLowerInvariant();
            stems.Add(l.Length > 5 ? l[..5] : l);
        }

        return stems;
    }

    private static int CountInHeadline(FigureInfo[] infos, string bucket)
    {
        int n = 0;
        for (int k = 0; k < infos.Length && infos[k].Sentence == 0; k++)
        {
            n += infos[k].Bucket == bucket ? 1 : 0;
        }

        return n;
    }
}
