using System.Collections.Frozen;
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
    private static readonly FrozenSet<string> MonthPrepositions = Set(
        "in", "on", "of", "since", "until", "till", "by", "early", "late", "mid", "from", "through", "during", "before", "after", "between", "and", "to", "last", "next", "this");

    private static readonly FrozenSet<string> NounDeterminers = Set(
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "'s", "of", "military", "naval", "economic",
        "full", "all", "great", "industrial", "financial", "political", "air", "sheer", "american", "british", "russian", "chinese", "with");

    private static readonly FrozenSet<string> Negations = Set("not", "n't", "never", "no", "cannot", "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "couldn't", "hardly", "nor");

    private static readonly FrozenSet<string> CouldAbility = Set(
        "not", "n't", "never", "only", "no", "hardly", "barely", "easily", "still", "afford", "see", "hear", "feel", "do", "get", "use", "go", "make", "take", "play", "return", "find", "read", "write", "work", "run", "move", "buy", "enter", "leave", "reach", "attend", "escape", "continue", "compete", "travel", "speak", "walk", "fly", "carry", "hold", "keep", "win", "beat", "defeat", "manage", "access", "vote", "apply");

    private static readonly FrozenSet<string> WouldLater = Set(
        "later", "eventually", "go", "become", "never", "soon", "subsequently", "then", "often", "usually", "always", "again",
        "ultimately", "finally", "frequently", "sometimes", "regularly", "typically", "occasionally", "spend", "marry", "serve",
        "remain", "continue", "return", "win", "lose", "die", "retire", "succeed", "join", "move", "leave", "start", "begin", "also");

    private static readonly FrozenSet<string> ConditionalContext = Set(
        "if", "unless", "otherwise", "without", "suppose", "supposing", "imagine", "hypothetically", "whether", "else", "wish", "prefer", "likely", "probably", "perhaps", "possibly");

    private static readonly FrozenSet<string> WouldOpinion = Set(
        "better", "best", "worse", "preferable", "wise", "unwise", "advisable", "easier", "harder", "difficult", "impossible",
        "possible", "unlikely", "likely", "necessary", "enough", "sufficient", "interesting", "nice", "ideal", "tantamount", "akin", "equivalent", "expected", "able", "appropriate", "fair", "surprising", "logical", "reasonable", "safe", "fine", "wrong", "right", "seen", "regarded", "considered", "thought");

    private static readonly FrozenSet<string> PossibleScale = Set(
        "as", "every", "all", "highest", "lowest", "maximum", "minimum", "best", "worst", "largest", "smallest", "greatest", "fastest", "earliest", "latest", "shortest", "longest", "only", "wherever", "whenever", "where", "when", "if", "become", "became", "becomes", "made", "make", "makes", "making", "not", "technically", "physically", "impossible", "any");

    private static readonly FrozenSet<string> AsBreakers = Set("well", "soon", "far", "long", "much", "many", "result", "part", "follows", "early", "late", "recently", "of", "such");

    private static readonly FrozenSet<string> BeliefSubjects = Set(
        "they", "we", "i", "you", "he", "she", "many", "some", "others", "most", "critics", "who", "which", "what", "people", "experts", "scholars", "historians", "users", "fans", "supporters", "opponents", "conservatives", "liberals", "observers", "analysts", "still", "also", "generally", "often");

    private static readonly FrozenSet<string> ClauseStarts = Set("that", "they", "the", "it", "he", "she", "this", "we", "i", "his", "her", "there", "their", "a", "an", "its", "these", "those", "such");

    private static readonly FrozenSet<string> AssumeTakeOver = Set(
        "the", "office", "command", "control", "power", "responsibility", "responsibilities", "his", "her", "its", "their", "a", "an", "leadership", "duties", "role", "position", "name", "presidency", "throne", "title", "charge", "ownership", "management", "the", "new", "full", "sole");

    private static readonly FrozenSet<string> MayWish = Set("i", "we", "you", "god", "he", "she", "they", "it", "the", "this", "all", "his", "her", "their", "your");

    private static readonly FrozenSet<string> IfIdioms = Set("any", "anything", "not", "ever", "necessary", "possible", "applicable", "appropriate", "required", "so", "only");

    private static readonly FrozenSet<string> BareSubjectVerbs = Set(
        "say", "said", "believe", "believed", "argue", "argued", "claim", "claimed", "think", "thought", "feel", "felt", "suggest",
        "suggested", "contend", "contended", "maintain", "maintained", "fear", "feared", "consider", "considered", "speculate", "speculated", "allege", "alleged", "insist", "insisted", "assert", "asserted");

    private static readonly FrozenSet<string> ParticipleExceptions = Set("seen", "said", "considered", "regarded", "described", "argued", "claimed", "viewed", "interpreted", "thought", "called", "explained", "attributed", "linked", "related", "due", "caused", "used");

    private static readonly FrozenSet<string> BeForms = Set("is", "are", "was", "were", "be", "been", "being", "'s", "am");

    private static readonly FrozenSet<string> ThinkObjects = Set("of", "about", "tank", "tanks", "piece", "pieces", "-");

    private static readonly FrozenSet<string> MannerTargets = Set(
        "visible", "audible", "legible", "marked", "defined", "delineated", "labeled", "labelled", "identified", "identifiable", "seen", "heard", "written", "stated", "shown", "displayed", "printed", "spoken", "distinguishable", "separated", "demarcated", "understood", "explained", "outlined", "described", "readable", "recognizable", "recognisable");

    internal static readonly FrozenSet<string> SpeechVerbs = Set(
        "say", "says", "said", "argue", "argues", "argued", "believe", "believes", "believed", "claim", "claims", "claimed",
        "suggest", "suggests", "suggested", "think", "thinks", "thought", "contend", "contends", "contended", "maintain",
        "maintains", "maintained", "speculate", "speculates", "speculated", "feel", "feels", "felt", "fear", "fears", "feared",
        "allege", "alleges", "alleged", "assert", "asserts", "asserted", "insist", "insists", "insisted", "warn", "warns", "warned",
        "predict", "predicts", "predicted", "doubt", "doubts", "doubted", "consider", "considers", "considered", "regard",
        "regards", "view", "views", "see", "sees", "expect", "expects", "expected", "charge", "charges", "charged", "worry",
        "worries", "worried", "question", "questioned", "questions", "assume", "assumed", "hold", "held", "point", "note",
        "noted", "believing", "describe", "described", "report", "reported", "reports", "agree", "agreed", "agrees", "criticize", "criticized", "call", "called", "criticize", "criticized", "criticise", "criticised", "complain", "complained", "estimate", "estimated", "theorize", "theorized", "hypothesize");

    private static readonly FrozenSet<string> SubjectFillers = Set(
        "have", "has", "had", "would", "will", "may", "might", "also", "even", "still", "now", "further", "do", "did", "often",
        "sometimes", "however", ",", "already", "long", "always", "strongly", "privately", "publicly", "openly", "generally", "widely");

    private static readonly FrozenSet<string> VagueNouns = Set(
        "people", "critics", "experts", "observers", "analysts", "commentators", "scholars", "historians", "scientists",
        "researchers", "economists", "officials", "sources", "skeptics", "sceptics", "opponents", "supporters", "fans",
        "writers", "authors", "academics", "theorists", "residents", "americans", "others");

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

    private static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words);
}
