using EpistemicScoring.Hedges;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Text;

namespace EpistemicScoring.Claims;

/// <summary>What a discourse cue does (the third column of <c>discourse-cues.txt</c>).</summary>
internal enum CueRole : byte
{
    /// <summary>The writer draws a conclusion ("therefore", "this means").</summary>
    Inference,

    /// <summary>A forecast ("will", "is set to").</summary>
    Prediction,

    /// <summary>A judgement ("should", "disastrous").</summary>
    Evaluation,

    /// <summary>A connective to grounds ("because", "given that", "as shown by").</summary>
    Support,

    /// <summary>A comparison or benchmark ("compared with", "up from").</summary>
    Comparison,

    /// <summary>Background or precedent ("previously", "for the first time since").</summary>
    Background,

    /// <summary>A scope qualifier ("in some cases", "in part").</summary>
    Scope,

    /// <summary>A second side ("however", "critics").</summary>
    Contrast,

    /// <summary>A reply or denial ("denied", "countered").</summary>
    Rebuttal,

    /// <summary>A sweeping generalisation ("all", "always", "nobody").</summary>
    Sweeping,

    /// <summary>A time anchor word ("yesterday", "last week").</summary>
    Time,
}

/// <summary>One discourse cue: its tokens, span, role and weight.</summary>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of its tokens.</param>
/// <param name="Span">Its span in the input.</param>
/// <param name="Role">What it does.</param>
/// <param name="Weight">Its lexicon weight.</param>
/// <param name="Sentence">The sentence that holds it.</param>
/// <param name="InQuote">True when it stands inside a direct quotation (the speaker's, not the writer's).</param>
internal readonly record struct DiscourseCue(int FirstToken, int TokenCount, TextSpan Span, CueRole Role, double Weight, int Sentence, bool InQuote);

/// <summary>
/// Finds the discourse cues of a document in one walk over its tokens with the frozen <c>discourse-cues</c>
/// lexicon. The claim classifier and the Law 4 and Law 5 rules read the same list.
/// </summary>
internal static class DiscourseCues
{
    /// <summary>The <c>discourse-cues</c> lexicon of <paramref name="lexicons"/> as a trie (the cue stage builds it once per scorer).</summary>
    public static PhraseTrie BuildTrie(LexiconSet lexicons) => PhraseTrie.Build(lexicons["discourse-cues"].Entries);

    /// <summary>The cues of <paramref name="doc"/>, in text order.</summary>
    public static DiscourseCue[] Find(TextDocument doc, PhraseTrie lexicon)
    {
        List<DiscourseCue> result = Internal.ScratchList<DiscourseCue>.Take();
        foreach (Sentence sentence in doc.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (doc[i].Kind != TokenKind.Word || !lexicon.TryMatch(doc, i, sentence.EndToken, out int count, out LexiconEntry? entry)
                    || !Enum.TryParse(entry.Tag, ignoreCase: true, out CueRole role))
                {
                    continue;
                }

                if (!Keep(doc, sentence, i, count, ref role))
                {
                    continue;
                }

                result.Add(new DiscourseCue(i, count, doc.SpanOf(i, i + count - 1), role, entry.Weight, sentence.Index, doc.IsInQuote(i)));
                i += count - 1;
            }
        }

        DiscourseCue[] cues = [.. result];
        Internal.ScratchList<DiscourseCue>.Return(result);
        return cues;
    }

    /// <summary>Sense checks for the few ambiguous discourse words.</summary>
    private static bool Keep(TextDocument doc, in Sentence sentence, int i, int count, ref CueRole role)
    {
        if (count > 1)
        {
            return true;
        }

        ReadOnlySpan<char> w = doc.TokenText(i);
        if (w.Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            // "since 2008", "since March", "since then": time; "since the plan failed": a reason.
            int j = i + 1;
            bool time = j < sentence.EndToken && (doc[j].Kind == TokenKind.Number || doc[j].IsCapitalized || doc.Is(j, "then") || doc.Is(j, "last") || doc.Is(j, "early") || doc.Is(j, "late"));
            role = time ? CueRole.Time : CueRole.Support;
            return true;
        }

        if (w.Equals("march", StringComparison.OrdinalIgnoreCase) || w.Equals("august", StringComparison.OrdinalIgnoreCase))
        {
            return doc[i].IsCapitalized;
        }

        if (role == CueRole.Time && doc[i].IsCapitalized && i == sentence.FirstToken && (w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("before", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (w.Equals("will", StringComparison.OrdinalIgnoreCase))
        {
            // "will" the noun ("the will of the people", "free will").
            return !doc.Is(i - 1, "the") && !doc.Is(i - 1, "free") && !doc.Is(i - 1, "political") && !doc.Is(i - 1, "his") && !doc.Is(i - 1, "her") && doc[i].IsLower;
        }

        if (role == CueRole.Evaluation && (w.Equals("fair", StringComparison.OrdinalIgnoreCase) || w.Equals("best", StringComparison.OrdinalIgnoreCase)))
        {
            return doc[i].IsLower && !doc.Is(i + 1, "known");
        }

        return true;
    }
}
