using System.Runtime.CompilerServices;
using EpistemicScoring.Analysis.Sources;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>
/// Finds every attribution (speech, writing, belief, expectation, intention, perception) and grades its source
/// on the ladder from named to anonymous. See <c>docs/sources.md</c> for the patterns and the ladder.
/// </summary>
/// <remarks>
/// One left-to-right pass over the tokens finds cues (verbs, nouns, "according to", transcript labels) and the
/// noun phrase in each cue's source slot; a second pass resolves pronouns and quotations to their speakers. Every
/// step looks at a bounded window of tokens, so the whole is linear in the length of the text.
/// </remarks>
internal static class SourceExtractor
{
    private static readonly System.Collections.Frozen.FrozenSet<string> TranscriptNonLabels = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "watch", "read", "update", "updated", "breaking", "exclusive", "shock", "related", "note", "editor", "photo", "video", "source", "sources", "see", "also", "warning", "trending", "correction", "ps", "p.s.");

    private static readonly System.Collections.Frozen.FrozenSet<string> ObjectPrepositions = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "to", "of", "with", "on", "at", "about", "for", "from", "into", "onto", "against", "without", "toward", "towards");

    private static readonly System.Collections.Frozen.FrozenSet<string> PronounPossessorNouns = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "claim", "claims", "assertion", "view", "opinion", "allegation", "allegations", "accusation", "accusations", "denial", "denials",
        "belief", "beliefs", "theory", "concession", "promise", "promises", "rejection", "dismissal", "remarks", "conclusion", "findings", "testimony", "insistence", "contention", "warning");

    /// <summary>Longest indirect content recorded, in tokens (a long sentence is cut, never copied whole per cue).</summary>
    private const int MaxContentTokens = 80;

    private static readonly ConditionalWeakTable<LexiconSet, SourceLexicons> s_lexicons = [];

    public static List<SourceMention> Extract(TextDocument doc, LexiconSet lexicons)
    {
        SourceLexicons lex = s_lexicons.GetValue(lexicons, static set => new SourceLexicons(set));
        var np = new NounPhrase(doc, lex);
        var found = new List<Found>();
        var segLeft = new int[doc.TokenCount];
        var segRight = new int[doc.TokenCount];
        foreach (Sentence sentence in doc.Sentences)
        {
            FindInSentence(doc, lex, np, sentence, found, segLeft, segRight);
        }

        return Resolve(doc, np, found);
    }

    private static void FindInSentence(TextDocument doc, SourceLexicons lex, NounPhrase np, Sentence sentence, List<Found> found, int[] segLeft, int[] segRight)
    {
        int start = sentence.FirstToken;
        int end = sentence.EndToken;
        int firstInSentence = found.Count;
        var pending = new List<(int Cue, bool InQuote)>();
        Segments(doc, start, end, segLeft, segRight);
        TryTranscript(doc, lex, np, sentence, found);
        for (int i = start; i < end; i++)
        {
            Token t = doc[i];
            if (!t.IsWord)
            {
                continue;
            }

            bool inQuote = doc.IsInQuote(i);
            if (inQuote && t.IsCapitalized && !IsQuoteInitial(doc, i) && !np.IsHeadline(i) && !doc.Is(i, "I"))
            {
                // Title case inside quotation marks: a title ("What They Said"), not speech.
                continue;
            }

            int limitLeft = segLeft[i];
            int limitRight = segRight[i];

            if (doc.Is(i, "according") && doc.Is(i + 1, "to"))
            {
                Candidate? c = np.Right(i + 2, limitRight);
                if (c is { } cand)
                {
                    Add(found, cand, i, i + 1, inQuote, Content(doc, sentence, i + 1, cand));
                }

                i++;
                continue;
            }

            if (t.IsLower && ContentNouns.Contains(doc.TokenText(i).ToString()) && TryReducedPassive(doc, lex, np, i, limitRight, inQuote, found))
            {
                continue;
            }

            if (lex.Nouns.Contains(doc.TokenText(i)) && (t.IsLower || np.IsHeadline(i)) && TryNominal(doc, lex, np, i, limitLeft, limitRight, inQuote, found))
            {
                continue;
            }

            if (!lex.Cues.TryGet(doc.TokenText(i), out LexiconEntry? cueEntry) || t.IsCapitalized && !np.IsHeadline(i) && !IsTitleCaseVerb(doc, i) || t.IsAllCaps)
            {
                continue;
            }

            if (IsNounUse(doc, lex, i))
            {
                continue;
            }

            if (i >= 2 && (doc.Is(i - 1, "to") && (doc.Is(i - 2, "declined") || doc.Is(i - 2, "refused") || doc.Is(i - 2, "failed"))
                || (doc.Is(i - 1, "not") || doc.Is(i - 1, "n't")) && (doc.Is(i, "respond") || doc.Is(i, "comment") || doc.Is(i, "confirm"))))
            {
                continue; // "declined to comment", "did not respond": the source says nothing
            }

            string family = cueEntry.Tag ?? "speech";
            if (SourceLexicons.NeedsTo.Contains(doc.TokenText(i).ToString()) && !doc.Is(i + 1, "to")
                || (doc.Is(i, "pointed") || doc.Is(i, "pointing")) && !doc.Is(i + 1, "to") && !doc.Is(i + 1, "out")
                || doc.TokenText(i).StartsWith("add", StringComparison.OrdinalIgnoreCase) && doc.Is(i + 1, "up"))
            {
                continue; // "add up to" is arithmetic, not speech
            }

            // Walk left over auxiliaries, adverbs and a time phrase to the end of the subject.
            int j = i - 1;
            if (IsModalBefore(doc, i, limitLeft))
            {
                continue; // "can report", "would support": ability or hypothesis, not an attribution
            }

            bool sawBe = false;
            while (j >= limitLeft)
            {
                if (doc.IsIn(j, SourceLexicons.Auxiliaries) || doc[j].IsLower && doc[j].Length > 3 && doc.TokenText(j).EndsWith("ly", StringComparison.Ordinal) && !doc.IsIn(j, SourceLexicons.LyNouns))
                {
                    j--;
                }
                else if (doc.IsIn(j, SourceLexicons.Be) && (doc.IsAttachedToPrevious(j) ? doc.Is(j, "'s") || doc.Is(j, "'re") : true) && !SourceLexicons.IsPossessiveClitic(doc, j) || doc.Is(j, "is") || doc.Is(j, "was"))
                {
                    sawBe = true;
                    j--;
                }
                else if (j - 1 >= limitLeft && doc.Is(j, "to") && (doc.Is(j - 1, "seems") || doc.Is(j - 1, "seemed") || doc.Is(j - 1, "seem") || doc.Is(j - 1, "appears")
                         || doc.Is(j - 1, "appeared") || doc.Is(j - 1, "appear") || doc.Is(j - 1, "continues") || doc.Is(j - 1, "continued") || doc.Is(j - 1, "tends")))
                {
                    j -= 2; // "seems to suggest", "continued to insist"
                }
                else if (j - 1 >= limitLeft && doc.IsIn(j, SourceLexicons.TimeUnits) && (doc.Is(j - 1, "last") || doc.Is(j - 1, "this")))
                {
                    j -= 2; // "A report last year found"
                }
                else if (j - 1 >= limitLeft && doc[j].IsCapitalized && lex.Tag(lex.NonSources, doc, j) == "time" && (doc.Is(j - 1, "on") || doc.Is(j - 1, "last") || doc.Is(j - 1, "this")))
                {
                    j -= 2;
                }
                else
                {
                    break;
                }
            }

            if (family == "stance")
            {
                if (!sawBe && !(doc.Is(i + 1, "to") && j >= limitLeft && doc[j].IsWord && !doc.IsIn(j, SourceLexicons.Stops)))
                {
                    continue; // "is convinced that", or a reduced relative "theorists inclined to believe"
                }
            }
            else if (sawBe)
            {
                // A passive: the source is the agent ("was reported by Reuters") or absent.
                if ((doc.Is(i, "quoted") || doc.Is(i, "heard")) && doc.Is(i + 1, "as") && j >= limitLeft && np.Left(j, limitLeft) is { } quoted)
                {
                    Add(found, quoted, i, i + 2 < limitRight && doc.Is(i + 2, "saying") ? i + 2 : i + 1, inQuote, Content(doc, sentence, i + 1, quoted));
                    i += doc.Is(i + 2, "saying") ? 2 : 1;
                }
                else if (doc.Is(i + 1, "by"))
                {
                    if (np.Right(i + 2, limitRight) is { } agent)
                    {
                        Add(found, agent, i, i + 1, inQuote, null);
                    }
                }
                else if (SourceLexicons.IsParticiple(doc.TokenText(i)) && j >= limitLeft && np.Left(j, limitLeft) is { } subject)
                {
                    // "is quoted as saying" is handled by "saying" below; a progressive "is saying" is active.
                    Add(found, subject, i, i, inQuote, Content(doc, sentence, i, subject));
                }

                continue;
            }

            if (doc.Is(i, "citing") || doc.Is(i, "quoting") || doc.Is(i, "cited") || doc.Is(i, "quoted") || doc.Is(i, "cites") || doc.Is(i, "quotes"))
            {
                // The cited party is a source of the relayed content: "..., citing sources familiar with the plans".
                if (np.Right(i + 1, limitRight) is { } cited && cited.Kind != SourceKind.Pronoun)
                {
                    Add(found, cited, i, i, inQuote, null);
                }

                continue;
            }

            Candidate? source = null;
            bool participle = SourceLexicons.IsParticiple(doc.TokenText(i));
            bool speech = family is "speech" or "writing";
            bool recipientVerb = doc.Is(i, "told") || doc.Is(i, "tells") || doc.Is(i, "tell") || doc.Is(i, "asked") || doc.Is(i, "urged") || doc.Is(i, "advised") || doc.Is(i, "informed") || doc.Is(i, "assured") || doc.Is(i, "called");
            if (speech && !participle && !recipientVerb && (j < limitLeft || IsQuoteMark(doc, j) || doc.Is(j, ",") || doc.Is(j, ":") || doc.Is(j, "\u2014")))
            {
                // Inverted: "..., said Oliver", "said Amy Spitalnick, spokeswoman for ...".
                if (np.Right(i + 1, limitRight) is { } right && (right.Kind != SourceKind.Pronoun || IsClauseEnd(doc, right.Last + 1))
                    && !doc.IsIn(right.Last + 1, SourceLexicons.Be) && !doc.IsIn(right.Last + 1, Modals) && !doc.Is(right.Last + 1, "has") && !doc.Is(right.Last + 1, "have")
                    && !doc.Is(right.Last + 1, "had") && !doc.Is(right.Last + 1, "did") && !IsCueWord(doc, lex, right.Last + 1))
                {
                    source = right;
                }
            }

            if (source is null && j >= limitLeft && doc.Is(j, ",") && !participle)
            {
                // "Oliver, who heads the group, said" / "Ellard, director of the project, said".
                int k = j - 1;
                while (k >= limitLeft && !doc.Is(k, ",") && j - k < 30 && !IsQuoteMark(doc, k))
                {
                    k--;
                }

                if (k >= limitLeft && doc.Is(k, ",") && IsAppositiveStart(doc, lex, k + 1))
                {
                    source = np.Left(k - 1, limitLeft) ?? np.Left(j - 1, k + 1);

                    // "The company's lawyer, Jeremy Stone, said": the name set off after the role is the source,
                    // and the span keeps both, so that the role and the name count as one person.
                    if (source is { Kind: SourceKind.IdentifiedRole } role
                        && np.Left(j - 1, k + 1) is { Kind: SourceKind.NamedPerson } name && name.First == k + 1 && name.Last == j - 1)
                    {
                        source = name with { First = role.First };
                    }
                }
                else if (k < limitLeft && np.Left(j - 1, limitLeft) is { } opening && opening.First == FirstWord(doc, limitLeft))
                {
                    // "The famous drag queen ... Rupaul, claims that ...": the subject opens the sentence.
                    source = opening;
                }
            }
            else if (source is null && j >= limitLeft && (doc.Is(j, "and") || doc.Is(j, "but")) && !participle)
            {
                // Coordinated predicates share the subject: "X has reversed course and is calling for ...".
                source = ClauseSubject(doc, np, j, limitLeft) ?? LastSourceInSentence(found, firstInSentence);
            }
            else if (source is null && j >= limitLeft && (doc.Is(j, "that") || doc.Is(j, "which")) && j - 1 >= limitLeft && !IsCueWord(doc, lex, j - 1)
                     && np.Left(j - 1, Math.Max(limitLeft, j - 10)) is { Kind: not SourceKind.Pronoun } antecedent)
            {
                // A relative "that": "the same people that said ...".
                source = new Candidate(j, j, SourceKind.Pronoun, antecedent.Key);
            }
            else if (source is null && j >= limitLeft && doc.Is(j, "who"))
            {
                int w = doc.Is(j - 1, ",") ? j - 2 : j - 1;
                source = w >= limitLeft && np.Left(w, limitLeft) is not null ? new Candidate(j, j, SourceKind.Pronoun, "who") : null;
            }
            else if (source is null && j >= limitLeft && doc[j].IsWord)
            {
                source = np.Left(j, limitLeft);
                if (source is null && speech && !participle && IsPastOrSays(doc, i))
                {
                    source = np.DefiniteDescription(j, limitLeft);
                }
            }

            if (source is null && !participle && j >= limitLeft && doc[j].IsWord && !doc.Is(j, "to"))
            {
                // A restrictive relative without commas: "An official who asked not to be named ... said".
                for (int w = j - 1; w > limitLeft && j - w <= 18; w--)
                {
                    if (!doc[w].IsWord || doc.IsIn(w, SourceLexicons.SubjectPronouns) && !doc.Is(w, "who") || doc.Is(w, "to") && w == j - 1)
                    {
                        break;
                    }

                    if (doc.Is(w, "who") && j - w >= 3 && np.Left(w - 1, limitLeft) is { Kind: not SourceKind.Pronoun } head)
                    {
                        source = head;
                        break;
                    }
                }
            }

            if (source is null && participle && (j < limitLeft || IsClauseOpener(doc, j)))
            {
                // "Instead of saying ..., Trump boasted": the subject follows; resolved at the end of the sentence.
                pending.Add((i, inQuote));
                continue;
            }

            if (source is null && participle)
            {
                // ", saying ...": the subject is the main clause's source, or the sentence's first phrase.
                source = LastSourceInSentence(found, firstInSentence);
                if (source is null && !inQuote && doc.Is(j, ","))
                {
                    source = np.Left(j - 1, limitLeft) is { Kind: not SourceKind.Pronoun } c && c.First == FirstWord(doc, start) ? c : null;
                }
            }

            if (source is not { } src)
            {
                continue;
            }

            if (family == "perception" && src.Kind is not (SourceKind.NamedDocument or SourceKind.UnnamedDocument or SourceKind.IdentifiedRole or SourceKind.NamedOrganization or SourceKind.Anonymous))
            {
                continue;
            }

            if (doc.Is(src.First, "you") && src.First == src.Last && (!inQuote || src.First > 0 && (doc.IsIn(src.First - 1, SourceLexicons.Auxiliaries) || doc.Is(src.First - 1, "if") || doc.Is(src.First - 1, "how") || doc.Is(src.First - 1, "what"))))
            {
                continue; // the reader addressed, or a question
            }

            if (src.Kind == SourceKind.Pronoun && src.First == src.Last && src.Last < i && src.First > 0 && doc.IsIn(src.First - 1, ObjectPrepositions))
            {
                continue; // "managers who cling to it are afraid": the pronoun is a preposition's object, not the subject
            }

            if (IsConditional(doc, src.First, limitLeft))
            {
                continue; // "if they want to", "If I say do it": never asserted
            }

            if (doc.Is(i, "know") && doc.Is(src.First, "you") && (IsClauseEnd(doc, i + 1) || doc.Is(i + 1, ",")))
            {
                continue; // the filler "you know"
            }

            int cueLast = i;
            if (doc.Is(i + 1, "to") && SourceLexicons.NeedsTo.Contains(doc.TokenText(i).ToString()))
            {
                cueLast = i + 1;
            }

            Add(found, src, i, cueLast, inQuote, Content(doc, sentence, cueLast, src));
        }

        int count = found.Count;
        foreach ((int cue, bool q) in pending)
        {
            // The subject that follows ("Instead of saying ..., Trump boasted"), else the one before
            // ("Breyer said before adding that ...").
            int before = -1;
            int after = -1;
            for (int f = firstInSentence; f < count; f++)
            {
                if (found[f].InQuote != q || found[f].Transcript)
                {
                    continue;
                }

                if (found[f].CueFirst > cue)
                {
                    after = f;
                    break;
                }

                before = f;
            }

            int pick = after >= 0 && (before < 0 || !doc.Is(cue - 1, "before") && !doc.Is(cue - 1, "after")) ? after : before;
            if (pick >= 0)
            {
                Add(found, found[pick].Source, cue, cue, q, null);
            }
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Modals = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "can", "could", "would", "might", "should", "may", "must", "'d");

    private static bool IsModalBefore(TextDocument doc, int i, int limit)
    {
        for (int k = i - 1; k >= limit && i - k <= 3; k--)
        {
            if (doc.IsIn(k, Modals))
            {
                return true;
            }

            if (!(doc.Is(k, "not") || doc.Is(k, "n't") || doc.Is(k, "have") || doc.Is(k, "also") || doc.Is(k, "never") || doc[k].IsLower && doc.TokenText(k).EndsWith("ly", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPastOrSays(TextDocument doc, int i)
    {
        ReadOnlySpan<char> w = doc.TokenText(i);
        return w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || doc.Is(i, "said") || doc.Is(i, "says") || doc.Is(i, "told") || doc.Is(i, "wrote");
    }

    private static bool IsTitleCaseVerb(TextDocument doc, int i) =>
        i > 0 && doc[i - 1].IsCapitalized && doc[i - 1].IsWord && doc.TokenText(i).EndsWith("s", StringComparison.OrdinalIgnoreCase) && doc[i].Length > 3
        && i + 1 < doc.TokenCount && doc[i + 1].IsCapitalized;

    private static bool IsCueWord(TextDocument doc, SourceLexicons lex, int i) => (uint)i < (uint)doc.TokenCount && doc[i].IsWord && lex.Cues.Contains(doc.TokenText(i));

    private static bool IsNounUse(TextDocument doc, SourceLexicons lex, int i)
    {
        // "the Egyptian report fits": a cue that is also a noun, after a determiner and one modifier, is the noun.
        if (!lex.Documents.Contains(doc.TokenText(i)) && !lex.Nouns.Contains(doc.TokenText(i)))
        {
            return false;
        }

        return i >= 1 && (doc.IsIn(i - 1, SourceLexicons.Determiners) || doc.IsIn(i - 1, SourceLexicons.PossessivePronouns))
            || i >= 2 && doc[i - 1].IsWord && !SourceLexicons.IsPossessiveClitic(doc, i - 1) && (doc.Is(i - 2, "the") || doc.Is(i - 2, "a") || doc.Is(i - 2, "an"))
               && !lex.Anonymous.Contains(doc.TokenText(i - 1)) && !lex.Vague.Contains(doc.TokenText(i - 1)) && !lex.Documents.Contains(doc.TokenText(i - 1)) && !lex.Titles.Contains(doc.TokenText(i - 1));
    }

    private static bool IsAppositiveStart(TextDocument doc, SourceLexicons lex, int i) =>
        i < doc.TokenCount && doc[i].IsWord
        && (doc.Is(i, "who") || doc.Is(i, "which") || doc.Is(i, "in") || doc.Is(i, "on") || doc.Is(i, "at") || doc.Is(i, "during") || doc.Is(i, "speaking")
            || doc.Is(i, "however") || doc.Is(i, "though") || doc.Is(i, "too") || doc.Is(i, "meanwhile") || doc.Is(i, "for") || doc.Is(i, "like") || doc.Is(i, "a") || doc.Is(i, "an") || doc.Is(i, "the") || doc.IsIn(i, SourceLexicons.PossessivePronouns)
            || doc[i].IsCapitalized || lex.Titles.Contains(doc.TokenText(i)) || doc[i].IsLower && i + 1 < doc.TokenCount && lex.Titles.Contains(doc.TokenText(i + 1)));

    private static bool IsClauseOpener(TextDocument doc, int j) =>
        doc.Is(j, "of") && doc.Is(j - 1, "instead") || doc.Is(j, "after") || doc.Is(j, "before") || doc.Is(j, "while") || doc.Is(j, "despite") || doc.Is(j, "since") || doc.Is(j, "by") && !doc[j - 1].IsWord;

    private static bool IsConditional(TextDocument doc, int subject, int limit)
    {
        for (int k = subject - 1; k >= limit && subject - k <= 6; k--)
        {
            if (doc.Is(k, "if") || doc.Is(k, "unless"))
            {
                return true;
            }

            if (!doc[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    private static Candidate? ClauseSubject(TextDocument doc, NounPhrase np, int j, int limit)
    {
        int k = j - 1;
        while (k >= limit && j - k < 40 && !doc.Is(k, ",") && !doc.Is(k, ";"))
        {
            k--;
        }

        return k >= limit && j - k >= 40 ? null : np.Right(k + 1, j);
    }

    /// <summary>Nouns for content that a reduced passive gives an agent ("the ideas espoused by ...").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ContentNouns = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "claims", "claim", "ideas", "idea", "views", "theories", "theory", "rumors", "rumours",
        "allegations", "accusations", "arguments", "beliefs", "charges", "stories", "narratives", "lies", "falsehoods", "myths");

    /// <summary>Participles of a reduced passive that are not formed with -ed.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> IrregularParticiples = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "made", "spread", "put", "written", "told", "held", "set", "brought", "taken", "given", "sold");

    /// <summary>
    /// A content noun, a reduced passive and its agent within a few words: "claims circulated by bloggers", "the
    /// ideas espoused by many activists", "rumors about the mayor spread by his rivals". The agent is the source.
    /// </summary>
    private static bool TryReducedPassive(TextDocument doc, SourceLexicons lex, NounPhrase np, int i, int limitRight, bool inQuote, List<Found> found)
    {
        for (int k = i + 1; k <= i + 5 && k + 1 < limitRight; k++)
        {
            if (!doc[k].IsWord || !doc[k].IsLower || doc.Is(k, "that") || doc.Is(k, "which") || doc.Is(k, "who") || doc.Is(k, "and") || doc.Is(k, "or")
                || doc.IsIn(k, SourceLexicons.Be) || doc.IsIn(k, SourceLexicons.Auxiliaries) && !doc.Is(k, "long"))
            {
                return false;
            }

            ReadOnlySpan<char> w = doc.TokenText(k);
            if (doc.Is(k + 1, "by") && (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(w.ToString())))
            {
                if (np.Right(k + 2, limitRight) is { } agent && agent.Kind != SourceKind.Pronoun)
                {
                    found.Add(new Found(agent, k, k + 1, inQuote, null, false) { Nominal = true });
                    return true;
                }

                return false;
            }
        }

        return false;
    }

    private static bool TryNominal(TextDocument doc, SourceLexicons lex, NounPhrase np, int i, int limitLeft, int limitRight, bool inQuote, List<Found> found)
    {
        // Possessor: "Trump's past remarks", "his public concession", "In her view".
        int j = i - 1;
        int modifiers = 0;
        while (j >= limitLeft && modifiers < 2 && doc[j].IsLower && !doc.IsIn(j, SourceLexicons.Stops)
               && !doc.IsIn(j, SourceLexicons.PossessivePronouns) && !doc.IsIn(j, SourceLexicons.Determiners) && !SourceLexicons.IsPossessiveClitic(doc, j))
        {
            j--;
            modifiers++;
        }

        if (j >= limitLeft && doc.IsIn(j, SourceLexicons.PossessivePronouns))
        {
            if (!PronounPossessorNouns.Contains(doc.TokenText(i).ToString()))
            {
                return false;
            }

            Add(found, new Candidate(j, j, SourceKind.Pronoun, doc.TokenText(j).ToString().ToLowerInvariant()), i, i, inQuote, null);
            return true;
        }

        if (j >= limitLeft && SourceLexicons.IsPossessiveClitic(doc, j))
        {
            int e = doc.Is(j, "s") ? j - 2 : j - 1;
            if (np.Left(e, limitLeft) is { } owner && owner.Kind is not SourceKind.Pronoun)
            {
                Add(found, owner, i, i, inQuote, null);
                return true;
            }

            return false;
        }

        if ((doc.Is(i + 1, "by") || doc.Is(i + 1, "from")) && np.Right(i + 2, limitRight) is { } agent && agent.Kind != SourceKind.Pronoun)
        {
            found.Add(new Found(agent, i, i + 1, inQuote, null, false) { Nominal = true });
            return true;
        }

        return false;
    }

    private static void TryTranscript(TextDocument doc, SourceLexicons lex, NounPhrase np, Sentence sentence, List<Found> found)
    {
        int first = sentence.FirstToken;
        if (sentence.TokenCount < 3 || first > 0 && doc.NewlinesBefore(first) == 0)
        {
            return;
        }

        int k = first;
        while (k < sentence.EndToken && k - first < 4 && doc[k].IsWord && doc[k].IsCapitalized)
        {
            k++;
        }

        if (k == first || k - first > 3 || !doc.Is(k, ":") || k + 1 >= sentence.EndToken && doc.SentenceOf(Math.Min(k + 1, doc.TokenCount - 1)) == sentence.Index)
        {
            return;
        }

        if (lex.Tag(lex.NonSources, doc, k - 1) is not null || lex.Tag(lex.NonSources, doc, first) == "function")
        {
            return;
        }

        bool allCaps = true;
        for (int i = first; i < k; i++)
        {
            allCaps &= doc[i].IsAllCaps;
        }

        if (!allCaps && (k - first < 2 || np.IsCommonWord(first)) || allCaps && TranscriptNonLabels.Contains(doc.TokenText(first).ToString()))
        {
            return;
        }

        Candidate? c = np.Grade(first, k - 1);
        if (c is { } cand)
        {
            if (allCaps && cand.Kind == SourceKind.NamedOrganization && k - first == 1 && !lex.Organisations.Contains(doc.TokenText(first)))
            {
                cand = cand with { Kind = SourceKind.NamedPerson, Key = doc.TokenText(first).ToString().ToLowerInvariant() };
            }

            found.Add(new Found(cand, k, k, false, null, true));
        }
    }

    private static Candidate? LastSourceInSentence(List<Found> found, int firstInSentence)
    {
        for (int f = found.Count - 1; f >= firstInSentence; f--)
        {
            if (!found[f].InQuote && !found[f].Transcript)
            {
                return found[f].Source;
            }
        }

        return null;
    }

    /// <summary>
    /// For every token of the sentence, the bounds a source phrase may not cross: outside a quotation the phrase
    /// never reaches into one; inside, it never leaves it. Computed in two linear passes per sentence.
    /// </summary>
    private static void Segments(TextDocument doc, int start, int end, int[] left, int[] right)
    {
        for (int i = start; i < end; i++)
        {
            bool boundary = i == start || doc.IsInQuote(i) != doc.IsInQuote(i - 1) || doc.IsInQuote(i) && IsQuoteMark(doc, i - 1);
            left[i] = boundary ? i : left[i - 1];
        }

        for (int i = end - 1; i >= start; i--)
        {
            bool boundary = i == end - 1 || doc.IsInQuote(i + 1) != doc.IsInQuote(i) || !doc.IsInQuote(i) && IsQuoteMark(doc, i + 1);
            right[i] = boundary ? i + 1 : right[i + 1];
        }
    }

    private static int FirstWord(TextDocument doc, int start)
    {
        while (start < doc.TokenCount && !doc[start].IsWord)
        {
            start++;
        }

        return start;
    }

    private static bool IsQuoteInitial(TextDocument doc, int i) => i > 0 && !doc.IsInQuote(i - 1) || i > 0 && IsQuoteMark(doc, i - 1)
        || i > 0 && doc[i - 1].Kind == TokenKind.Punctuation && doc.Folded[doc[i - 1].Start] is '.' or '?' or '!' or ':' or '(' or '-'
        || i > 0 && doc.NewlinesBefore(i) > 0;

    private static bool IsQuoteMark(TextDocument doc, int i) =>
        (uint)i < (uint)doc.TokenCount && doc[i].Kind == TokenKind.Punctuation && doc.Folded[doc[i].Start] is '"' or '\'';

    private static bool IsClauseEnd(TextDocument doc, int i) =>
        i >= doc.TokenCount || doc[i].Kind == TokenKind.Punctuation && doc.Folded[doc[i].Start] is '.' or ',' or ';' or '!' or '?' or '"' or ':';

    private static SpanText? Content(TextDocument doc, Sentence sentence, int cueLast, Candidate source)
    {
        // The quotation of the sentence when there is one, else the rest of the clause after the cue.
        foreach (Quotation q in Quotations(doc, sentence))
        {
            if (q.FirstToken > source.Last || q.EndToken <= source.First)
            {
                return SpanText.From(q.Inner, doc.Text);
            }
        }

        int from = cueLast + 1;
        if (doc.Is(from, "that"))
        {
            from++;
        }

        // The rest of the clause, at most MaxContentTokens tokens: content never grows with the text.
        int to = Math.Min(sentence.EndToken, from + MaxContentTokens) - 1;
        for (int k = from; k <= to; k++)
        {
            if (doc[k].Kind == TokenKind.Punctuation && doc.Folded[doc[k].Start] is ';' or '"' or '(' or ')')
            {
                to = k - 1;
                break;
            }
        }

        while (to >= from && doc[to].Kind == TokenKind.Punctuation)
        {
            to--;
        }

        return to >= from && from > source.Last ? SpanText.From(doc.SpanOf(from, to), doc.Text) : null;
    }

    private static IEnumerable<Quotation> Quotations(TextDocument doc, Sentence sentence)
    {
        ReadOnlySpan<Quotation> all = doc.Quotations;
        var list = new List<Quotation>(2);
        int lo = 0;
        int hi = all.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (all[mid].EndToken <= sentence.FirstToken)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int k = lo; k < all.Length && all[k].FirstToken < sentence.EndToken; k++)
        {
            list.Add(all[k]);
        }

        return list;
    }

    private static void Add(List<Found> found, Candidate source, int cueFirst, int cueLast, bool inQuote, SpanText? content) =>
        found.Add(new Found(source, cueFirst, cueLast, inQuote, content, false));

    private static List<SourceMention> Resolve(TextDocument doc, NounPhrase np, List<Found> found)
    {
        found.Sort(static (a, b) => a.CueFirst.CompareTo(b.CueFirst));

        // "data from the Commerce Department showed": the verb's source holds the nominal agent; keep one record.
        for (int f = found.Count - 1; f >= 0; f--)
        {
            if (!found[f].Nominal)
            {
                continue;
            }

            for (int g = f + 1; g < found.Count && found[g].CueFirst - found[f].CueFirst < 40; g++)
            {
                if (!found[g].Nominal && found[g].Source.First <= found[f].Source.First && found[g].Source.Last >= found[f].Source.Last)
                {
                    found.RemoveAt(f);
                    break;
                }
            }
        }

        var result = new List<SourceMention>(found.Count);
        var reasons = AnonymityReasons(doc);
        int lastPersonIndex = -1;
        Candidate lastPerson = default;
        Candidate lastAny = default;
        int lastAnyIndex = -1;
        Candidate lastPlural = default;
        int lastPluralIndex = -1;
        int[] speakers = Speakers(doc, found);
        var resolvedNamed = new bool[found.Count];
        var resolvedKey = new string[found.Count];
        var antecedents = new Candidate?[found.Count];
        int nameScan = 0;
        for (int f = 0; f < found.Count; f++)
        {
            Found item = found[f];
            Candidate s = item.Source;

            // Person names in running text are antecedents too ("Donald Trump ... he says").
            while (nameScan < doc.TokenCount && nameScan < s.First)
            {
                if (doc[nameScan].IsCapitalized && doc[nameScan].IsWord && nameScan + 1 < doc.TokenCount && doc[nameScan + 1].IsCapitalized && doc[nameScan + 1].IsWord)
                {
                    int e = nameScan + 1;
                    while (e + 1 < doc.TokenCount && e + 1 < s.First && doc[e + 1].IsCapitalized && doc[e + 1].IsWord && e - nameScan < 4)
                    {
                        e++;
                    }

                    if (np.Grade(nameScan, e) is { Kind: SourceKind.NamedPerson } person && !np.IsHeadline(nameScan))
                    {
                        lastPerson = person;
                        lastPersonIndex = person.Last;
                    }

                    nameScan = e + 1;
                    continue;
                }

                nameScan++;
            }

            if (s.Kind == SourceKind.Pronoun)
            {
                // Named only through a named antecedent (CONTRACT.md); the writer's own "we" outside quotations is the byline.
                Candidate? antecedent = null;
                bool named = false;
                string word = doc.TokenText(s.First).ToString().ToLowerInvariant();
                switch (word)
                {
                    case "i" or "we" or "my" or "our" or "me" or "us":
                        if (item.InQuote && speakers[f] is int speaker and >= 0)
                        {
                            antecedent = found[speaker].Source;
                            named = resolvedNamed[speaker] || found[speaker].Source.Kind != SourceKind.Pronoun && IsNamed(found[speaker].Source.Kind);
                        }

                        break;
                    case "who":
                        int w = s.First - 1;
                        if (doc.Is(w, ","))
                        {
                            w--;
                        }

                        antecedent = np.Left(w, Math.Max(0, w - 12));
                        break;
                    case "they" or "their":
                        if (lastPluralIndex >= 0)
                        {
                            antecedent = lastPlural;
                        }
                        else if (lastAnyIndex >= 0)
                        {
                            antecedent = lastAny;
                        }

                        break;
                    case "it" or "its":
                        antecedent = lastAnyIndex >= 0 && lastAny.Kind is not (SourceKind.NamedPerson or SourceKind.Anonymous) ? lastAny : null;
                        break;
                    case "you" or "your":
                        break;
                    default:
                        // he, she, his, her
                        if (lastAnyIndex > lastPersonIndex && lastAny.Kind is SourceKind.Anonymous or SourceKind.IdentifiedRole && !IsPlural(doc, lastAny.Last))
                        {
                            antecedent = lastAny;
                        }
                        else if (lastPersonIndex >= 0)
                        {
                            antecedent = lastPerson;
                        }

                        break;
                }

                if (antecedent is { } a)
                {
                    antecedents[f] = a;
                    if (word is not ("i" or "we" or "my" or "our" or "me" or "us") || !item.InQuote)
                    {
                        named = a.Kind == SourceKind.Pronoun || IsNamed(a.Kind);
                    }

                    resolvedKey[f] = a.Key;
                }
                else
                {
                    bool author = word is "i" or "we" or "my" or "our" && !item.InQuote;
                    resolvedKey[f] = author ? "author" : word;
                    named = named || author;
                }

                resolvedNamed[f] = named;
            }
            else
            {
                resolvedNamed[f] = IsNamed(s.Kind);
                resolvedKey[f] = s.Key;
                if (!item.InQuote)
                {
                    lastAny = s;
                    lastAnyIndex = s.Last;
                    if (s.Kind == SourceKind.NamedPerson)
                    {
                        lastPerson = s;
                        lastPersonIndex = s.Last;
                    }

                    if (s.Kind is SourceKind.NamedOrganization or SourceKind.VagueGroup or SourceKind.IdentifiedRole || IsPlural(doc, s.Last))
                    {
                        lastPlural = s;
                        lastPluralIndex = s.Last;
                    }
                }
            }
        }

        for (int f = 0; f < found.Count; f++)
        {
            Found item = found[f];
            Candidate s = item.Source;
            TextSpan span = doc.SpanOf(s.First, s.Last);
            SpanText? antecedent = antecedents[f] is { } a && a.First != s.First ? SpanText.From(doc.SpanOf(a.First, a.Last), doc.Text) : null;
            result.Add(new SourceMention
            {
                Start = span.Start,
                Length = span.Length,
                Text = span.ToString(doc.Text),
                Kind = s.Kind,
                Named = resolvedNamed[f] && (s.Kind != SourceKind.Pronoun || antecedent is not null || resolvedKey[f] == "author"),
                Key = resolvedKey[f],
                Cue = SpanText.From(doc.SpanOf(item.CueFirst, item.CueLast), doc.Text),
                Content = item.Content,
                Antecedent = antecedent,
                AnonymityReason = s.Kind == SourceKind.Anonymous && reasons[doc.SentenceOf(s.First)],
            });
        }

        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (a.Cue?.Start ?? 0).CompareTo(b.Cue?.Start ?? 0));
        return result;
    }

    private static bool IsNamed(SourceKind kind) =>
        kind is SourceKind.NamedPerson or SourceKind.NamedOrganization or SourceKind.IdentifiedRole or SourceKind.NamedDocument or SourceKind.Pronoun;

    private static bool IsPlural(TextDocument doc, int head)
    {
        ReadOnlySpan<char> w = doc.TokenText(head);
        return w.Length > 3 && w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && doc[head].IsLower;
    }

    /// <summary>
    /// For each attribution inside a quotation, the attribution that introduces that quotation: same sentence,
    /// then the next, then the one before. Two pointers over the sorted quotations and attributions keep it linear.
    /// </summary>
    private static int[] Speakers(TextDocument doc, List<Found> found)
    {
        var speakers = new int[found.Count];
        Array.Fill(speakers, -1);
        ReadOnlySpan<Quotation> quotes = doc.Quotations;
        var outside = new List<int>();
        for (int f = 0; f < found.Count; f++)
        {
            if (!found[f].InQuote)
            {
                outside.Add(f);
            }
        }

        int q = 0;
        int lo = 0;
        int speakerOfQuote = -1;
        int quoteOfSpeaker = -1;
        for (int f = 0; f < found.Count; f++)
        {
            if (!found[f].InQuote)
            {
                continue;
            }

            int cue = found[f].CueFirst;
            while (q < quotes.Length && quotes[q].EndToken <= cue)
            {
                q++;
            }

            if (q >= quotes.Length || quotes[q].FirstToken > cue)
            {
                continue;
            }

            if (quoteOfSpeaker != q)
            {
                quoteOfSpeaker = q;
                speakerOfQuote = -1;
                Quotation qt = quotes[q];
                int sFirst = doc.SentenceOf(qt.FirstToken);
                int sLast = doc.SentenceOf(Math.Min(qt.EndToken, doc.TokenCount) - 1);
                while (lo < outside.Count && doc.SentenceOf(found[outside[lo]].CueFirst) < sFirst - 1)
                {
                    lo++;
                }

                int bestDistance = int.MaxValue;
                for (int k = lo; k < outside.Count; k++)
                {
                    Found other = found[outside[k]];
                    int sentence = doc.SentenceOf(other.CueFirst);
                    if (sentence > sLast + 1)
                    {
                        break;
                    }

                    int distance = other.CueFirst < qt.FirstToken ? qt.FirstToken - other.CueFirst : other.CueFirst - qt.EndToken;
                    if (sentence < sFirst)
                    {
                        distance += 1000; // the sentence before only when nothing else is near
                    }

                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        speakerOfQuote = outside[k];
                    }
                }
            }

            speakers[f] = speakerOfQuote;
        }

        return speakers;
    }

    private static bool[] AnonymityReasons(TextDocument doc)
    {
        // A reason for anonymity: "on condition of anonymity because ...", "not authorized to speak publicly".
        var reasons = new bool[doc.Sentences.Length];
        foreach (Sentence s in doc.Sentences)
        {
            bool anonymity = false;
            bool because = false;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (doc.Is(i, "anonymity") || doc.Is(i, "anonymously") || doc.Is(i, "identified") || doc.Is(i, "named"))
                {
                    anonymity = true;
                }
                else if (anonymity && (doc.Is(i, "because") || doc.Is(i, "since") || doc.Is(i, "for") && doc.Is(i + 1, "fear") || doc.Is(i, "to") && (doc.Is(i + 1, "discuss") || doc.Is(i + 1, "describe") || doc.Is(i + 1, "speak") || doc.Is(i + 1, "protect"))))
                {
                    because = true;
                }
                else if (doc.Is(i, "authorized") || doc.Is(i, "authorised") || doc.Is(i, "permitted") || doc.Is(i, "allowed"))
                {
                    if (doc.Is(i - 1, "not") || doc.Is(i - 1, "n't") || doc.Is(i - 1, "unauthorized"))
                    {
                        because = true;
                    }
                }
            }

            reasons[s.Index] = because;
        }

        return reasons;
    }

    private sealed record Found(Candidate Source, int CueFirst, int CueLast, bool InQuote, SpanText? Content, bool Transcript)
    {
        /// <summary>True for an agent after a nominal cue ("data from X"); dropped when a verb's source holds it.</summary>
        public bool Nominal { get; init; }
    }
}
