using EpistemicScoring.Analysis;
using EpistemicScoring.Claims;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS508: a headline that states as fact what the body only hedges, forecasts or has from unnamed sources.</summary>
internal sealed class HeadlineLeapRule : IRule
{
    /// <summary>The body sentence that tells the headline's story shares at least this share of the headline's content words ...</summary>
    private const double MinOverlap = 0.4;

    /// <summary>... and at least this many of them.</summary>
    private const int MinShared = 2;

    /// <summary>The story is told near the top: the headline is matched against this many sentences after it.</summary>
    private const int BodySentences = 12;

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.HeadlineLeap,
        "Headline beyond the body",
        Law.InferenceTraceability,
        defaultWeight: -0.3,
        "A headline that states flatly what the body, where it tells the same story, only hedges (\"may\", \"is believed to\"), forecasts (\"will\") or has from unnamed sources leaps past its own evidence: most readers see the headline alone. The body sentence is the one among the first twelve that shares most of the headline's content words (at least two, and two fifths of them). A headline that is itself hedged, attributed (\"…: WHO\"), quoted, a forecast (\"will\", \"to sue\") or a question does not leap.")
    {
        Examples =
        [
            "[|Harbour board approves ferry levy|]\nThe harbour board may approve a levy on ferries next month, according to a draft agenda. Members have not yet seen the final text. The board meets in the old customs house on the quay.",
        ],
        CounterExamples =
        [
            "Harbour board approves ferry levy\nThe harbour board approved a levy on ferries on Tuesday, its chair said. Members voted 7 to 2. The board meets in the old customs house on the quay.",
            "Harbour board may approve ferry levy\nThe harbour board may approve a levy on ferries next month, according to a draft agenda. Members have not yet seen the final text. The board meets in the old customs house on the quay.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        DocumentAnalysis analysis = context.Analysis;
        int h = analysis.HeadlineSentence;
        if (h < 0)
        {
            return;
        }

        IReadOnlyList<SentenceInfo> sentences = analysis.Sentences;
        SentenceInfo headline = sentences[h];
        TextDocument doc = context.Document;
        if (headline.Uncertain || Attributed(analysis, h) || Forecasts(analysis, h) || QuotesOrCredits(doc, doc.Sentences[h]))
        {
            return;
        }

        var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Sentence hs = doc.Sentences[h];
        for (int i = hs.FirstToken; i < hs.EndToken; i++)
        {
            if (InferenceLinks.IsContent(doc, i))
            {
                stems.Add(InferenceLinks.Stem(doc, i));
            }
        }

        if (stems.Count < MinShared)
        {
            return;
        }

        int best = -1;
        int bestShared = 0;
        for (int k = h + 1; k < sentences.Count && k <= h + BodySentences; k++)
        {
            if (analysis.IsLayout(k) || sentences[k].ClaimType == ClaimType.None)
            {
                continue;
            }

            var shared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            Sentence s = doc.Sentences[k];
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (InferenceLinks.IsContent(doc, i) && stems.Contains(InferenceLinks.Stem(doc, i)))
                {
                    shared.Add(InferenceLinks.Stem(doc, i));
                }
            }

            if (shared.Count > bestShared)
            {
                best = k;
                bestShared = shared.Count;
            }
        }

        if (best < 0 || bestShared < MinShared || bestShared < MinOverlap * stems.Count)
        {
            return;
        }

        string? how = sentences[best].Uncertain ? "hedges"
            : sentences[best].ClaimType == ClaimType.Prediction ? "only forecasts"
            : OnlyUnnamed(analysis, best) ? "has only from unnamed sources"
            : null;
        if (how is not null)
        {
            context.Report(headline.Span, $"The headline states what the body {how} (sentence {best + 1})");
        }
    }

    /// <summary>
    /// True when the headline forecasts or asks: a prediction cue ("will"), the headline future "to" before a verb
    /// ("Sailor to sue agency"), or a question mark.
    /// </summary>
    private static bool Forecasts(DocumentAnalysis analysis, int sentence)
    {
        foreach (DiscourseCue c in analysis.Cues)
        {
            if (c.Sentence == sentence && c.Role == CueRole.Prediction)
            {
                return true;
            }
        }

        TextDocument doc = analysis.Document;
        Sentence s = doc.Sentences[sentence];
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            // "Will" in a title-case headline is the modal, not a name.
            if (doc.Is(i, "?") || doc.Is(i, "will") || doc.Is(i, "won't") || (doc.Is(i, "to") && i + 1 < s.EndToken && doc[i + 1].Kind == TokenKind.Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the headline quotes someone or credits a source around a colon ("Plague could return: WHO", "German
    /// cardinal: the rite is a sacrilege"): a side of three words or fewer before or after the colon.
    /// </summary>
    private static bool QuotesOrCredits(TextDocument doc, in Sentence s)
    {
        int before = 0;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (doc.IsInQuote(i) || doc.TokenText(i) is "\u2018" or "\u2019" or "'" or "\"" or "\u201C" or "\u201D")
            {
                return true;
            }

            if (doc.Is(i, ":"))
            {
                int after = 0;
                for (int j = i + 1; j < s.EndToken; j++)
                {
                    after += doc[j].Kind == TokenKind.Word ? 1 : 0;
                }

                if (before <= 3 || after <= 3)
                {
                    return true;
                }
            }

            before += doc[i].Kind == TokenKind.Word ? 1 : 0;
        }

        return false;
    }

    /// <summary>True when an attribution stands in the headline, or a verb of saying does ("Student says ...": headline grammar hides the source).</summary>
    private static bool Attributed(DocumentAnalysis analysis, int sentence)
    {
        TextDocument doc = analysis.Document;
        Sentence s = doc.Sentences[sentence];
        Lexicons.Lexicon cues = analysis.Lexicons["attribution-cues"];
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (cues.TryMatch(doc, i, s.EndToken, out _, out Lexicons.LexiconEntry? entry) && entry.Tag is "speech" or "writing" or "prep")
            {
                return true;
            }
        }

        foreach (SourceMention m in analysis.Attributions)
        {
            if (analysis.SentenceIndexAt(m.Start) == sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence is attributed, and only to unnamed sources.</summary>
    private static bool OnlyUnnamed(DocumentAnalysis analysis, int sentence)
    {
        bool any = false;
        foreach (SourceMention m in analysis.Attributions)
        {
            if (analysis.SentenceIndexAt(m.Start) == sentence)
            {
                if (m.Named)
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }
}
