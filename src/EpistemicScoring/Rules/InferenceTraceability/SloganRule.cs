using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS558: slogans, hashtags and thought-terminating clichés in the writer's own voice, per 300 words.</summary>
internal sealed class SloganRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.Slogans,
        "Slogans and thought-terminating clichés",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "A slogan or hashtag in the writer's own words (\"drain the swamp\", \"#StopTheVote\") and a stock phrase that closes a question instead of answering it (\"it is what it is\", \"let that sink in\", \"end of story\") stand where an argument should. Entries come from the rhetoric lexicon (families slogan and cliche); a hashtag counts when it is the writer's (not in an embedded post), stands alone or ends its sentence (\"the #MeToo movement\" names a movement) and is not one of a run of topic tags. Inside quotations and reported speech they are the speaker's. Counted per 300 words of the writer's prose.")
    {
        PerWriterWords = true,

        // In an opinion piece the argument is the writer's own: persuasion by wording in place of argument is what its
        // readers most need to see (as with overclaiming, EPS501).
        ProfileMultipliers = Rhetoric.OpinionMultiplier,
        Examples = ["The council raised the fees again. [|Let that sink in|]. [|#NoNewFees|]"],
        CounterExamples =
        [
            "\"Let that sink in,\" the councillor told the meeting.",
            "The council raised the fees by 3% on Monday.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        Rhetoric.Report(context, ["slogan", "cliche"], "Slogan or cliché");
        TextDocument doc = context.Document;
        bool[] own = context.Analysis.OwnWords;
        for (int i = 0; i + 1 < doc.TokenCount; i++)
        {
            if (own[i] && IsHashtag(doc, i) && !IsHashtag(doc, i - 2) && !(i + 2 < doc.TokenCount && IsHashtag(doc, i + 2)) && !ModifiesNext(doc, i + 1))
            {
                context.Report(new TextSpan(doc[i].Start, doc[i + 1].End - doc[i].Start), $"Hashtag \"{doc.Text[doc[i].Start..doc[i + 1].End]}\" in the writer's voice");
            }
        }
    }

    /// <summary>"#" glued to a word of three letters or more.</summary>
    private static bool IsHashtag(TextDocument doc, int i) =>
        i >= 0 && i + 1 < doc.TokenCount && doc.Is(i, "#") && doc[i + 1].Kind == TokenKind.Word && doc[i + 1].Start == doc[i].End && doc[i + 1].Length >= 3;

    /// <summary>
    /// A hashtag followed by a word of its sentence names a movement or topic ("the #MeToo movement", "a #MAGA hat"),
    /// it is not chanted; one standing at the end of its sentence, or alone, is. A run of hashtags ("#Gaza #Israel") is
    /// a post's topic tags, not a slogan, and is left out by the caller.
    /// </summary>
    private static bool ModifiesNext(TextDocument doc, int word) =>
        word + 1 < doc.TokenCount && doc.SentenceOf(word + 1) == doc.SentenceOf(word) && doc[word + 1].Kind == TokenKind.Word;
}
