using System.Collections.Frozen;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Hedges;

/// <summary>
/// Sense rules: each keeps a cue word only in its uncertain (or boosting) sense. A lexicon entry names its rule
/// after a slash in the tag (<c>hedge/may</c>). The rules look at a few tokens around the cue inside its
/// sentence and never allocate. Their choices come from the cue spans of the Szeged Wikipedia file: for each
/// ambiguous word, the contexts in which annotators did and did not mark it.
/// </summary>
internal static class CueSenses
{
    private const string WordFile = "hedge-sense-words.tsv";

    // Declared first: static fields are initialised in text order, and the word classes below read this table.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Words = EmbeddedData.WordClasses(WordFile);

    private static readonly FrozenSet<string> MonthPrepositions = EmbeddedData.Class(Words, WordFile, "month-prepositions");

    private static readonly FrozenSet<string> NounDeterminers = EmbeddedData.Class(Words, WordFile, "noun-determiners");

    private static readonly FrozenSet<string> Negations = EmbeddedData.Class(Words, WordFile, "negations");

    private static readonly FrozenSet<string> CouldAbility = EmbeddedData.Class(Words, WordFile, "could-ability");

    private static readonly FrozenSet<string> WouldLater = EmbeddedData.Class(Words, WordFile, "would-later");

    private static readonly FrozenSet<string> ConditionalContext = EmbeddedData.Class(Words, WordFile, "conditional-context");

    private static readonly FrozenSet<string> WouldOpinion = EmbeddedData.Class(Words, WordFile, "would-opinion");

    private static readonly FrozenSet<string> PossibleScale = EmbeddedData.Class(Words, WordFile, "possible-scale");

    private static readonly FrozenSet<string> AsBreakers = EmbeddedData.Class(Words, WordFile, "as-breakers");

    private static readonly FrozenSet<string> BeliefSubjects = EmbeddedData.Class(Words, WordFile, "belief-subjects");

    private static readonly FrozenSet<string> ClauseStarts = EmbeddedData.Class(Words, WordFile, "clause-starts");

    private static readonly FrozenSet<string> AssumeTakeOver = EmbeddedData.Class(Words, WordFile, "assume-take-over");

    private static readonly FrozenSet<string> MayWish = EmbeddedData.Class(Words, WordFile, "may-wish");

    private static readonly FrozenSet<string> IfIdioms = EmbeddedData.Class(Words, WordFile, "if-idioms");

    private static readonly FrozenSet<string> BareSubjectVerbs = EmbeddedData.Class(Words, WordFile, "bare-subject-verbs");

    private static readonly FrozenSet<string> ParticipleExceptions = EmbeddedData.Class(Words, WordFile, "participle-exceptions");

    private static readonly FrozenSet<string> BeForms = EmbeddedData.Class(Words, WordFile, "be-forms");

    private static readonly FrozenSet<string> ThinkObjects = EmbeddedData.Class(Words, WordFile, "think-objects");

    private static readonly FrozenSet<string> MannerTargets = EmbeddedData.Class(Words, WordFile, "manner-targets");

    internal static readonly FrozenSet<string> SpeechVerbs = EmbeddedData.Class(Words, WordFile, "speech-verbs");

    private static readonly FrozenSet<string> SubjectFillers = EmbeddedData.Class(Words, WordFile, "subject-fillers");

    private static readonly FrozenSet<string> VagueNouns = EmbeddedData.Class(Words, WordFile, "vague-nouns");

    /// <summary>
    /// Decides whether the cue matched at token <paramref name="i"/> over <paramref name="count"/> tokens is in
    /// the sense named <paramref name="sense"/>. A rule may widen the cue (<paramref name="count"/>) or change its
    /// <paramref name="kind"/>.
    /// </summary>
    public static bool Accept(string sense, TextDocument doc, in Sentence s, int i, ref int count, ref HedgeKind kind)
    {
        int end = s.EndToken;
        switch (sense)
        {
            case "may":
                if (doc[i].IsCapitalized && (i != s.FirstToken || NextIsMonthTail(doc, i + 1, end) || doc.IsIn(i - 1, MonthPrepositions)))
                {
                    return false;
                }

                // Sentence-initial "May" is the modal only in a question or a wish ("May I ask", "May God"); otherwise a
                // name or the month ("May said on Tuesday", "May 2019 was wet").
                return !doc[i].IsCapitalized || doc.Is(end - 1, "?") || doc.IsIn(i + 1, MayWish);

            case "might":
                return !doc.IsIn(i - 1, NounDeterminers) && i + 1 < end && doc[i + 1].Kind == TokenKind.Word && !doc.Is(i + 1, "of") && !doc.Is(i + 1, "and");

            case "could":
                return AcceptCould(doc, s, i, count);

            case "would":
                return AcceptWould(doc, s, i);

            case "possible":
                return AcceptPossible(doc, s, i);

            case "likely":
                // "makes the planet more likely", "made hybrids less likely": a cause of probability, not a hedge.
                return !((doc.Is(i - 1, "more") || doc.Is(i - 1, "less")) && MakeBefore(doc, s, i));

            case "appear":
                return doc.Is(i + 1, "to") || doc.Is(i + 1, "that") || (doc.Is(i - 1, "it") && doc.Is(i + 1, "as"))
                    || ((doc.Is(i + 1, "likely") || doc.Is(i + 1, "unlikely")) && doc.Is(i + 2, "to"));

            case "that":
                return doc.Is(i + 1, "that") || (i + 2 < end && doc[i + 1].Kind == TokenKind.Word && doc.Is(i + 2, "that"));

            case "think":
                return !doc.IsIn(i + 1, ThinkObjects) && !doc.Is(i - 1, "to");

            case "thought":
                return !doc.IsIn(i - 1, NounDeterminers) && !doc.Is(i - 1, "of") && !doc.Is(i - 1, "and") && !doc.Is(i - 1, "school")
                    && !doc.IsIn(i + 1, ThinkObjects) && !doc.IsAttachedToPrevious(i) && !(i + 1 < end && doc.IsAttachedToPrevious(i + 1) && doc.Is(i + 1, "-"));

            case "consider":
                return AcceptConsider(doc, s, i);

            case "considered":
                return !doc.Is(i + 1, "for") && (!doc.Is(i + 1, "by") || HasWithin(doc, i + 2, end, 6, "as", "to"));

            case "as":
                return (AsFollows(doc, i + 1, end, doc.Is(i, "see") || doc.Is(i, "sees") ? 5 : 7) || (doc.Is(i + 1, "to") && !doc.Is(i, "see") && !doc.Is(i, "sees")))
                    && !doc.Is(i - 1, "with") && !doc.Is(i - 1, "in");

            case "felt":
                return doc.IsIn(i + 1, ClauseStarts) && !doc.IsIn(i - 1, NounDeterminers);

            case "view":
                return (doc.Is(i + 1, "that") || (doc.Is(i - 1, "the") && doc.Is(i - 2, "in")) || (doc.Is(i, "view") && AsFollows(doc, i + 1, end, 5)))
                    && !doc.Is(i - 1, "of") && !doc.Is(i + 1, "of") || (doc.Is(i + 1, "of") && doc.Is(i - 2, "in") && !doc.Is(i - 1, "a"));

            case "assume":
                return !doc.IsIn(i + 1, AssumeTakeOver);

            case "supposed":
                // "is supposed to use" is an obligation; "is supposed to be", "his supposed virtues" are doubted.
                return !(doc.Is(i + 1, "to") && !doc.Is(i + 2, "be") && !doc.Is(i + 2, "have"));

            case "probable":
                return !doc.Is(i + 1, "cause");

            case "suspect":
                return doc.Is(i + 1, "that") || (doc[i].IsLower && !doc.IsIn(i - 1, NounDeterminers) && doc[i + 1 < end ? i + 1 : i].Kind == TokenKind.Word && !doc.Is(i - 1, "prime"));

            case "if":
                return !doc.Is(i - 1, "as") && !doc.IsIn(i + 1, IfIdioms) && !(doc.Is(i + 1, "and") && doc.Is(i + 2, "only"))
                    && !(doc.Is(i - 1, "only") && doc.Is(i - 2, "and"));

            case "manner":
                if (doc.IsIn(i + 1, MannerTargets) || (i > s.FirstToken && doc[i - 1].Kind == TokenKind.Word && IsPlainVerbBefore(doc, i)))
                {
                    return false;
                }

                if (doc.IsIn(i - 1, Negations))
                {
                    kind = HedgeKind.Hedge;
                }

                return true;

            case "absolute":
                return !doc.IsIn(i - 1, Negations) && !doc.Is(i - 1, "almost") && !doc.Is(i - 1, "nearly");

            case "subject":
                return AcceptVagueSubject(doc, s, i, ref count);

            default:
                return true;
        }
    }

    /// <summary>True when a negation stands immediately before token <paramref name="i"/> (one word may intervene).</summary>
    public static bool Negated(TextDocument doc, in Sentence s, int i) =>
        (i - 1 >= s.FirstToken && doc.IsIn(i - 1, Negations))
        || (i - 2 >= s.FirstToken && doc.IsIn(i - 2, Negations) && (doc.IsIn(i - 1, BeForms) || doc.Is(i - 1, "so") || doc.Is(i - 1, "entirely") || doc.Is(i - 1, "all")));

    private static bool NextIsMonthTail(TextDocument doc, int j, int end) =>
        j < end && (doc[j].Kind == TokenKind.Number || doc.Is(j, ",") || doc[j].IsCapitalized || doc.Is(j, "of") || doc.Is(j, ")"));

    private static bool AcceptCould(TextDocument doc, in Sentence s, int i, int count)
    {
        if (count > 1 || doc.Is(i + 1, "be"))
        {
            int after = i + 2;
            if (doc.Is(after, "have") && doc.Is(after + 1, "been"))
            {
                after += 2;
            }

            return !SoThatBefore(doc, s, i) && !(IsParticiple(doc, after) && !doc.IsIn(after, ParticipleExceptions));
        }

        if (doc.IsIn(i + 1, CouldAbility) || SoThatBefore(doc, s, i))
        {
            return false;
        }

        // Otherwise epistemic: "could face", "could reach", "could lead". Choosing only a list of verbs of effect
        // changed F1 on the Wikipedia file by 0.001; news uses "could" mostly in this sense, so all are kept.
        return true;
    }

    private static bool IsParticiple(TextDocument doc, int i)
    {
        if ((uint)i >= (uint)doc.TokenCount || doc[i].Kind != TokenKind.Word || !doc[i].IsLower)
        {
            return false;
        }

        ReadOnlySpan<char> w = doc.TokenText(i);
        return (w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal)))
            || w is "made" or "done" or "found" or "built" or "read" or "worn" or "held" or "kept" or "put" or "set" or "sold" or "bought" or "brought" or "taught" or "run" or "won" or "lost" or "paid" or "sent" or "spent" or "heard" or "shown" or "grown" or "drawn" or "known" or "cut" or "hit" or "shot" or "told" or "led" or "left" or "met" or "split" or "spread" or "struck" or "hung" or "fed" or "dealt" or "felt" or "meant" or "applied" or "carried" or "played" or "achieved";
    }

    private static bool MakeBefore(TextDocument doc, in Sentence s, int i)
    {
        for (int j = i - 2; j >= s.FirstToken && j >= i - 6; j--)
        {
            if (doc.Is(j, "make") || doc.Is(j, "makes") || doc.Is(j, "made") || doc.Is(j, "making"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SoThatBefore(TextDocument doc, in Sentence s, int i)
    {
        for (int j = i - 1; j >= s.FirstToken && j >= i - 4; j--)
        {
            if ((doc.Is(j, "that") && doc.Is(j - 1, "so")) || (doc.Is(j, "so") && j == i - 2) || doc.Is(j, "where") || doc.Is(j, "which"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AcceptWould(TextDocument doc, in Sentence s, int i)
    {
        int end = s.EndToken;
        if (doc.IsIn(i + 1, WouldLater) || (doc.Is(i + 1, "not") && doc.IsIn(i + 2, WouldLater)))
        {
            return false;
        }

        // Conditional or counterfactual context in the same sentence: "if", "unless", "otherwise", "without".
        for (int j = s.FirstToken; j < end; j++)
        {
            if (j != i && doc[j].Kind == TokenKind.Word && doc.IsIn(j, ConditionalContext) && !(doc.Is(j, "if") && doc.Is(j - 1, "as")))
            {
                return true;
            }
        }

        int k = doc.Is(i + 1, "not") ? i + 2 : i + 1;
        if (doc.Is(i + 1, "rather"))
        {
            return true;
        }

        if (doc.Is(k, "have") && doc.Is(k + 1, "been") && k + 2 < end && doc.IsIn(k + 2, WouldOpinion))
        {
            return true;
        }

        return doc.Is(k, "be") && doc.IsIn(k + 1, WouldOpinion);
    }

    private static bool AcceptPossible(TextDocument doc, in Sentence s, int i)
    {
        if (doc.IsIn(i - 1, PossibleScale) || doc.IsIn(i - 2, PossibleScale) && doc.IsIn(i - 1, BeForms) || doc.Is(i + 1, "to") && !doc.Is(i - 2, "it"))
        {
            return false;
        }

        if (doc.Is(i + 1, "that") || (doc.Is(i - 1, "is") && doc.Is(i - 2, "it")) || doc.Is(i - 1, "a") || doc.Is(i - 1, "an"))
        {
            return true;
        }

        // An attributive "possible" before a noun ("their possible relation", "possible causes").
        return i + 1 < s.EndToken && doc[i + 1].Kind == TokenKind.Word && doc[i + 1].IsLower && !doc.IsIn(i - 1, BeForms) && !doc.Is(i + 1, "and");
    }

    private static bool AcceptConsider(TextDocument doc, in Sentence s, int i)
    {
        int end = s.EndToken;
        if (doc.Is(i + 1, "that") || doc.Is(i + 1, "it") || doc.Is(i + 1, "him") || doc.Is(i + 1, "her") || doc.Is(i + 1, "them") || doc.Is(i + 1, "themselves")
            || doc.Is(i + 1, "himself") || doc.Is(i + 1, "herself") || doc.Is(i + 1, "itself"))
        {
            return true;
        }

        if (doc.IsIn(i - 1, BeliefSubjects) && !doc.Is(i + 1, "whether") && !doc.Is(i + 1, "how"))
        {
            // "what they consider a faceless landlord", "many voters consider her a moderate".
            return true;
        }

        return HasWithin(doc, i + 1, end, 6, "as", "to") && !doc.Is(i + 1, "whether") && !doc.Is(i + 1, "how") && !doc.Is(i + 1, "what");
    }

    private static bool AsFollows(TextDocument doc, int from, int end, int window)
    {
        for (int j = from; j < end && j < from + window; j++)
        {
            if (doc.Is(j, "as"))
            {
                return !doc.IsIn(j + 1, AsBreakers) && !doc.Is(j - 1, "such") && !doc.Is(j - 1, "so") && !doc.Is(j - 1, "just");
            }

            if (doc[j].Kind == TokenKind.Punctuation && !doc.Is(j, "\"") && !doc.Is(j, "'"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasWithin(TextDocument doc, int from, int end, int window, string a, string b)
    {
        for (int j = from; j < end && j < from + window; j++)
        {
            if (doc.Is(j, a) || doc.Is(j, b))
            {
                return true;
            }

            if (doc[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPlainVerbBefore(TextDocument doc, int i) =>
        doc.Is(i - 1, "speak") || doc.Is(i - 1, "spoke") || doc.Is(i - 1, "see") || doc.Is(i - 1, "seen") || doc.Is(i - 1, "think")
        || doc.Is(i - 1, "written") || doc.Is(i - 1, "write") || doc.Is(i - 1, "defined") || doc.Is(i - 1, "explain") || doc.Is(i - 1, "communicate");

    private static bool AcceptVagueSubject(TextDocument doc, in Sentence s, int i, ref int count)
    {
        int end = s.EndToken;

        // "some", "many" and "most" as determiners need a vague noun after them ("some critics", "many people"),
        // or stand alone as the subject ("some argue").
        int j = i + 1;
        bool quantifier = doc.Is(i, "some") || doc.Is(i, "many") || doc.Is(i, "most");
        if (quantifier && doc.IsIn(j, VagueNouns))
        {
            j++;
        }

        bool bare = j == i + 1;
        if (doc.Is(i - 1, "the") || doc.Is(i - 1, "of") || doc.Is(i - 1, "to") || doc.Is(i - 1, "by") || doc.Is(i - 1, "for") || doc.Is(i - 1, "with")
            || doc.Is(i - 1, "at") || doc.Is(i - 1, "in") || doc.Is(i - 1, "on") || doc.Is(i - 1, "as") || (bare && doc.Is(i, "most")))
        {
            return false;
        }

        for (int steps = 0; j < end && steps < 3 && doc.IsIn(j, SubjectFillers); steps++)
        {
            j++;
        }

        if (j < end && doc.IsIn(j, bare && quantifier ? BareSubjectVerbs : SpeechVerbs) && doc[j].IsLower)
        {
            count = j - i + 1;
            return true;
        }

        return false;
    }

}
