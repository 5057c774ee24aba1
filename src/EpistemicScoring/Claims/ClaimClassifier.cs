using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Claims;

/// <summary>
/// Gives each sentence a <see cref="ClaimType"/> from what the earlier passes found in it: the sources
/// (<see cref="SourceMention"/>) and numbers (<see cref="NumberMention"/>) are read, never detected again; the
/// discourse cues (<see cref="DiscourseCues"/>) add conclusions, forecasts and judgements.
/// </summary>
/// <remarks>
/// Order of precedence, first match wins: <see cref="ClaimType.None"/> (fewer than four words, or a heading
/// without final punctuation), <see cref="ClaimType.Question"/> (ends with a question mark outside a quotation),
/// <see cref="ClaimType.Inference"/> when the writer opens with a conclusion connective ("Therefore", "This
/// means"), <see cref="ClaimType.Attributed"/> (holds an attribution), <see cref="ClaimType.Inference"/> (any other
/// conclusion cue of the writer's), <see cref="ClaimType.Prediction"/> (a forecast of the writer's),
/// <see cref="ClaimType.Evaluation"/> (judgement cues weighing 0.8 or more), <see cref="ClaimType.Factual"/> (a figure,
/// date or named entity), else <see cref="ClaimType.Evaluation"/>: an assertion with nothing checkable in it.
/// Cues inside quotations belong to the speaker and do not type the writer's sentence, and a sentence spoken wholly
/// inside quotation marks that continues an attributed sentence's quotation is <see cref="ClaimType.None"/>: the
/// speaker's words, counted once with the sentence that names the speaker.
/// </remarks>
internal static class ClaimClassifier
{
    public static ClaimType[] Classify(TextDocument doc, DiscourseCue[] cues, IReadOnlyList<SourceMention> sources, IReadOnlyList<NumberMention> numbers)
    {
        int n = doc.Sentences.Length;
        var types = new ClaimType[n];
        var attributed = new bool[n];
        var figures = new bool[n];
        foreach (SourceMention s in sources)
        {
            Mark(doc, attributed, s.Start);
            if (s.Cue is { } cue)
            {
                Mark(doc, attributed, cue.Start);
            }
        }

        foreach (NumberMention m in numbers)
        {
            if (m.Kind != NumberKind.Other)
            {
                Mark(doc, figures, m.Start);
            }
        }

        Span<double> inference = n <= 512 ? stackalloc double[n] : new double[n];
        Span<double> evaluation = n <= 512 ? stackalloc double[n] : new double[n];
        Span<bool> prediction = n <= 512 ? stackalloc bool[n] : new bool[n];
        Span<bool> leading = n <= 512 ? stackalloc bool[n] : new bool[n];
        foreach (DiscourseCue c in cues)
        {
            if (c.InQuote)
            {
                continue;
            }

            switch (c.Role)
            {
                case CueRole.Inference:
                    inference[c.Sentence] += c.Weight;
                    leading[c.Sentence] |= c.FirstToken <= doc.Sentences[c.Sentence].FirstToken + 1 && c.Weight >= 1;
                    break;
                case CueRole.Prediction:
                    prediction[c.Sentence] = true;
                    break;
                case CueRole.Evaluation:
                    evaluation[c.Sentence] += c.Weight;
                    break;
                default:
                    break;
            }
        }

        Span<bool> spoken = n <= 512 ? stackalloc bool[n] : new bool[n];
        Span<bool> continuation = n <= 512 ? stackalloc bool[n] : new bool[n];
        MarkQuotationContinuations(doc, attributed, spoken, continuation);
        foreach (Sentence sentence in doc.Sentences)
        {
            int k = sentence.Index;
            types[k] = IsFragment(doc, sentence) || continuation[k] ? ClaimType.None
                : IsQuestion(doc, sentence) ? ClaimType.Question
                : leading[k] ? ClaimType.Inference
                : attributed[k] ? ClaimType.Attributed
                : inference[k] >= 0.8 ? ClaimType.Inference
                : prediction[k] ? ClaimType.Prediction
                : evaluation[k] >= 0.8 ? ClaimType.Evaluation
                : figures[k] || HasNamedEntity(doc, sentence) ? ClaimType.Factual
                : ClaimType.Evaluation;
        }

        return types;
    }

    /// <summary>
    /// A sentence spoken wholly inside quotation marks belongs to the speaker of the attributed sentence it runs on
    /// from or leads into ("... said Mara Lind. “The list has doubled. Families wait a year.”"): a quotation that runs
    /// over several sentences or paragraphs names its speaker once. Such sentences, chained to an attributed one, are
    /// marked as continuations: not the writer's judgements, and not new claims either, since the quotation is
    /// counted once with the sentence that names its speaker.
    /// </summary>
    private static void MarkQuotationContinuations(TextDocument doc, bool[] attributed, Span<bool> spoken, Span<bool> continuation)
    {
        int n = doc.Sentences.Length;
        for (int k = 0; k < n; k++)
        {
            spoken[k] = !attributed[k] && IsSpokenInQuotes(doc, doc.Sentences[k]);
        }

        // Runs on from an attributed sentence ("... said Lind. “The list has doubled.”").
        bool carrying = false;
        for (int k = 0; k < n; k++)
        {
            continuation[k] = spoken[k] && carrying;
            carrying = attributed[k] || continuation[k];
        }

        // Leads into one ("“The list has doubled.” Those were Lind's words, who said ...").
        carrying = false;
        for (int k = n - 1; k >= 0; k--)
        {
            carrying = attributed[k] || (spoken[k] && carrying);
            continuation[k] |= spoken[k] && carrying;
        }
    }

    /// <summary>True when every word of the sentence is inside a quotation.</summary>
    private static bool IsSpokenInQuotes(TextDocument doc, in Sentence s)
    {
        bool any = false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (doc[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                if (!doc.IsInQuote(i))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    private static void Mark(TextDocument doc, bool[] flags, int offset)
    {
        int t = doc.TokenAtOrAfter(offset);
        if (t < doc.TokenCount)
        {
            flags[doc.SentenceOf(t)] = true;
        }
    }

    private static bool IsFragment(TextDocument doc, in Sentence s)
    {
        int words = 0;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            words += doc[i].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        if (words < 4)
        {
            return true;
        }

        // A heading: short, no final punctuation, followed by a line break.
        int last = s.EndToken - 1;
        return words <= 12 && doc[last].Kind != TokenKind.Punctuation && (s.EndToken >= doc.TokenCount || doc.NewlinesBefore(s.EndToken) > 0);
    }

    private static bool IsQuestion(TextDocument doc, in Sentence s)
    {
        for (int i = s.EndToken - 1; i >= s.FirstToken && i >= s.EndToken - 3; i--)
        {
            if (doc.Is(i, "?"))
            {
                return !doc.IsInQuote(i);
            }
        }

        return false;
    }

    private static bool OpensClause(TextDocument doc, int i) =>
        doc[i].Kind == TokenKind.Punctuation && doc.TokenText(i) is "\"" or "'" or ":" or "\u201C" or "\u2018" or "-" or "--" or "\u2014" or "." or "!" or "?";

    /// <summary>A capitalised word that does not open the sentence (or follow an opening quote or colon), and is not "I".</summary>
    internal static bool HasNamedEntity(TextDocument doc, in Sentence s)
    {
        for (int i = s.FirstToken + 1; i < s.EndToken; i++)
        {
            Token t = doc[i];
            if (t.Kind == TokenKind.Word && t.IsCapitalized && !doc.Is(i, "I") && !OpensClause(doc, i - 1))
            {
                return true;
            }
        }

        return false;
    }
}
