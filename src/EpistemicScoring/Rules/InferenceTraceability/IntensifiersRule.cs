using System.Collections.Frozen;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS552: intensifiers in the writer's own voice ("totally", "literally", "just"), per 300 words.</summary>
internal sealed class IntensifiersRule : IRule
{
    /// <summary>Words after "just" that mark its time or quantity sense.</summary>
    private static readonly FrozenSet<string> JustQuantityWords = FrozenSet.ToFrozenSet(
        [
            "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "over", "under",
            "about", "after", "before", "as", "days", "weeks", "months", "hours", "minutes", "years", "seconds", "since", "when",
            "once", "twice", "half", "ahead", "outside", "inside", "below", "above", "shy", "short", "enough", "like", "how",
            "last", "this", "yesterday", "today", "tonight", "now", "recently", "earlier", "several", "that", "in", "before",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Irregular past forms after which "just" means "a moment ago" ("just got", "just won").</summary>
    private static readonly FrozenSet<string> IrregularPast = FrozenSet.ToFrozenSet(
        [
            "got", "made", "met", "went", "did", "came", "won", "lost", "said", "told", "left", "took", "gave", "became",
            "began", "saw", "found", "heard", "sent", "put", "set", "wrote", "spoke", "broke", "ran", "held", "built",
            "bought", "sold", "paid", "read", "led", "hit", "cut", "quit", "knew", "grew", "threw", "drew", "flew", "fell",
        ],
        StringComparer.OrdinalIgnoreCase);

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.Intensifiers,
        "Intensifiers",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "Degree and emphasis adverbs in the writer's own words (\"totally\", \"literally\", \"really\", \"just\") press a point by volume instead of evidence. They are counted per 300 words of the writer's prose, so a habit weighs the same in a long and a short text; words inside quotations and in reported speech are the speaker's, and the time and quantity senses of \"just\" (\"had just left\", \"just 12 votes\") do not count.")
    {
        PerWriterWords = true,
        Examples = ["The new tax plan is [|totally|] unfair to everyone who works for a living."],
        CounterExamples =
        [
            "\"It is totally unfair,\" the union leader said.",
            "The council had just voted when the lights went out.",
            "The mayor just announced a new budget for the harbour.",
            "The harbour reopened just last week after the storm.",
            "The levy is not just a tax on shipping but on every import.",
        ],
    };

    public void Analyze(in RuleContext context) =>
        WriterVoice.ReportMatches(
            context,
            context.Lexicons["intensifiers"],
            static (doc, i, entry) => entry.Tag != "just" || IsEmphaticJust(doc, i),
            static word => $"Intensifier \"{word}\" in the writer's voice");

    /// <summary>
    /// "Just" as emphasis ("just absurd", "just can't let it go"), not time ("had just left", "just won", "just last
    /// week"), quantity ("just 12 votes"), exactness ("did just that") or "not just" (not only).
    /// </summary>
    private static bool IsEmphaticJust(TextDocument doc, int i)
    {
        if (i > 0 && (doc.Is(i - 1, "had") || doc.Is(i - 1, "has") || doc.Is(i - 1, "have") || doc.Is(i - 1, "'d") || doc.Is(i - 1, "'ve")
            || doc.Is(i - 1, "not") || doc.Is(i - 1, "n't")))
        {
            return false;
        }

        if (i + 1 >= doc.Tokens.Length || doc.SentenceOf(i + 1) != doc.SentenceOf(i))
        {
            return false;
        }

        Token next = doc[i + 1];
        return next.Kind == TokenKind.Word && !doc.IsIn(i + 1, JustQuantityWords) && !IsPastVerb(doc, i + 1);
    }

    /// <summary>A lower-case past form ("announced", "got"): after "just" it dates the event, it does not stress it.</summary>
    private static bool IsPastVerb(TextDocument doc, int index)
    {
        ReadOnlySpan<char> word = doc.Text.AsSpan(doc[index].Start, doc[index].Length);
        return char.IsLower(word[0])
            && ((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || doc.IsIn(index, IrregularPast));
    }
}
