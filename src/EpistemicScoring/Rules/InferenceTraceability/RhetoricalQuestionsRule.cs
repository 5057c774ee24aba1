using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS551: questions in the writer's own voice, which insinuate instead of stating and supporting.</summary>
internal sealed class RhetoricalQuestionsRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.RhetoricalQuestions,
        "Rhetorical questions",
        Law.InferenceTraceability,
        defaultWeight: -0.1,
        "A question the writer asks and leaves open suggests a conclusion without stating it, so nothing can be traced. Questions inside quotations belong to the speaker, and headings are left alone. Counted per 300 words of the writer's prose.")
    {
        PerWriterWords = true,
        Examples = ["The minister signed the deal. [|Who really benefits from it?|]"],
        CounterExamples = ["\"Who benefits?\" the senator asked.", "The minister signed the deal on Monday."],
    };

    public void Analyze(in RuleContext context)
    {
        TextDocument doc = context.Document;
        foreach (Sentence sentence in doc.Sentences)
        {
            int last = sentence.EndToken - 1;
            while (last > sentence.FirstToken && doc[last].Kind == TokenKind.Punctuation && doc.TokenText(last) is not "?")
            {
                last--;
            }

            if (sentence.TokenCount >= 4 && doc.Is(last, "?") && !doc.IsInQuote(last) && !doc.IsInQuote(sentence.FirstToken) && !context.Analysis.IsLayout(sentence.Index))
            {
                context.Report(sentence.Span, "Question in the writer's voice");
            }
        }
    }
}
