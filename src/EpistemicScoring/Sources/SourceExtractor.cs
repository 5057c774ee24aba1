using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Sources;

/// <summary>
/// Finds every attribution (speech, writing, belief, expectation, intention, perception) and grades its source
/// on the ladder from named to anonymous. See <c>docs/sources.md</c> for the patterns and the ladder.
/// </summary>
/// <remarks>
/// One left-to-right pass over the tokens finds cues (verbs, nouns, "according to", transcript labels) and the
/// noun phrase in each cue's source slot; a second pass resolves pronouns and quotations to their speakers. Every
/// step looks at a bounded window of tokens, so the whole is linear in the length of the text.
/// </remarks>
internal static partial class SourceExtractor
{
    private static readonly System.Collections.Frozen.FrozenSet<string> TranscriptNonLabels = Internal.EmbeddedData.Class(SourceLexicons.Classes, SourceLexicons.ClassesFile, "transcript-non-labels");

    private static readonly System.Collections.Frozen.FrozenSet<string> ObjectPrepositions = Internal.EmbeddedData.Class(SourceLexicons.Classes, SourceLexicons.ClassesFile, "object-prepositions");

    private static readonly System.Collections.Frozen.FrozenSet<string> PronounPossessorNouns = Internal.EmbeddedData.Class(SourceLexicons.Classes, SourceLexicons.ClassesFile, "pronoun-possessor-nouns");

    private static readonly System.Collections.Frozen.FrozenSet<string> ReducedRelativePrepositions = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "in", "on", "at", "below", "above", "here", "there", "earlier", "last", "this", "for", "under", "during");

    /// <summary>Verbs of refusing whose "to" clause names what was not said ("declined to comment").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> RefusalLeads = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "declined", "declines", "declining", "refused", "refuses", "refusing", "failed");

    /// <summary>Speech verbs that, negated, are a refusal to say ("did not respond", "would not comment").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> RefusedSpeech = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "respond", "comment", "confirm", "say", "discuss", "elaborate", "disclose", "specify", "answer");

    /// <summary>Longest indirect content recorded, in tokens (a long sentence is cut, never copied whole per cue).</summary>
    private const int MaxContentTokens = 80;

    /// <summary>The attributions of <paramref name="doc"/>, reading the word lists of <paramref name="lexicons"/> (built anew: for tests and tools).</summary>
    public static List<SourceMention> Extract(TextDocument doc, LexiconSet lexicons) => Extract(doc, new SourceLexicons(lexicons));

    /// <summary>The attributions of <paramref name="doc"/>, with word lists prepared once per scorer by the source stage.</summary>
    public static List<SourceMention> Extract(TextDocument doc, SourceLexicons lex)
    {
        SourceScratch scratch = SourceScratch.Take(doc);
        var np = new NounPhrase(doc, lex, scratch);
        var found = new List<Found>();
        foreach (Sentence sentence in doc.Sentences)
        {
            FindInSentence(doc, lex, np, sentence, found, scratch);
        }

        List<SourceMention> result = Resolve(doc, lex, np, found);
        scratch.Return();
        return result;
    }

    private static void FindInSentence(TextDocument doc, SourceLexicons lex, NounPhrase np, Sentence sentence, List<Found> found, SourceScratch scratch)
    {
        int start = sentence.FirstToken;
        int end = sentence.EndToken;
        int firstInSentence = found.Count;
        int[] segLeft = scratch.SegLeft;
        int[] segRight = scratch.SegRight;
        List<(int Cue, bool InQuote)> pending = scratch.Pending;
        pending.Clear();
        Segments(doc, start, end, segLeft, segRight);
        TryTranscript(doc, lex, np, sentence, found);
        for (int i = start; i < end; i++)
        {
            Token t = doc[i];
            if (!t.IsWord)
            {
                if (doc.Is(i, ":") && !doc.IsInQuote(i) && !(found.Count > firstInSentence && found[^1].Transcript && found[^1].CueFirst == i)
                    && ColonQuote(doc, lex, np, i, segLeft[i]) is { } speaker)
                {
                    // 'Pew Research: "All the samples ..."', 'From the report: "..."': a colon before a quotation.
                    Add(found, speaker, i, i, false, QuotationAfter(doc, i));
                }

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
                Candidate? c = np.Right(i + 2, limitRight) ?? np.CommonNounRight(i + 2, limitRight);
                if (c is { } cand)
                {
                    Add(found, cand, i, i + 1, inQuote, Content(doc, lex, sentence, i + 1, cand));
                }

                i++;
                continue;
            }

            if (t.IsLower && doc.IsIn(i, ContentNouns) && TryReducedPassive(doc, lex, np, i, limitRight, inQuote, found))
            {
                continue;
            }

            if (lex.Nouns.Contains(doc.TokenText(i)) && (t.IsLower || np.IsHeadline(i)) && TryNominal(doc, lex, np, i, limitLeft, limitRight, inQuote, found))
            {
                continue;
            }

            // An act phrase ("took aim at", "made the case") before a cue word: its head may be a cue word too ("spoke out").
            ActCue? act = MatchActCue(doc, lex, i, limitRight, out int actLast);
            LexiconEntry? cueEntry = null;
            if (act is null && (!lex.Cues.TryGet(doc.TokenText(i), out cueEntry) || t.IsCapitalized && !np.IsHeadline(i) && !IsTitleCaseVerb(doc, i) || t.IsAllCaps))
            {
                continue;
            }

            if (act is null && IsNounUse(doc, lex, i))
            {
                continue;
            }

            if (i >= 2 && doc.Is(i - 1, "to") && doc.IsIn(i - 2, RefusalLeads))
            {
                continue; // "declined to comment": the attribution is the refusal, found at "declined"
            }

            // "did not respond", "would not comment", "wouldn't say": a refusal to say, by the subject.
            bool refusal = (doc.Is(i - 1, "not") || doc.Is(i - 1, "n't") || SourceLexicons.IsNegatedAux(doc, i - 1)) && doc.IsIn(i, RefusedSpeech);

            string family = act is not null ? ActFamily(act) : cueEntry?.Tag ?? "speech";
            string word = doc.TokenText(i).ToString();
            bool particle = SourceLexicons.CueParticles.TryGetValue(word, out var particles);
            if (act is not null ? family == "stance" && (actLast + 1 >= doc.TokenCount || !doc[actLast + 1].IsWord && !IsQuoteMark(doc, actLast + 1))
                : SourceLexicons.NeedsTo.Contains(word) && !doc.Is(i + 1, "to")
                || particle && !(i + 1 < doc.TokenCount && doc[i + 1].IsWord && particles!.Contains(doc.TokenText(i + 1).ToString()))
                || SourceLexicons.QuotationOnly.Contains(word) && !doc.Is(i + 1, ":") && !HasQuotation(doc, sentence)
                || family == "refusal" && doc.Is(i + 1, "to") && !IsCueWord(doc, lex, i + 2)
                || word.StartsWith("add", StringComparison.OrdinalIgnoreCase) && i + 1 < doc.TokenCount && (doc[i + 1].Kind == TokenKind.Number || doc.Folded[doc[i + 1].Start] is '$')
                || SourceLexicons.CueCancels.TryGetValue(word, out var cancels) && i + 1 < doc.TokenCount && doc[i + 1].IsWord && cancels.Contains(doc.TokenText(i + 1).ToString())
                || family == "stance" && (i + 1 >= doc.TokenCount || !doc[i + 1].IsWord && !IsQuoteMark(doc, i + 1)))
            {
                continue; // "talked for an hour", "he continued working", "add up to", "added 200 jobs", "the crowd applauded.": no content attributed
            }

            // Walk left over auxiliaries, adverbs and a time phrase to the end of the subject.
            int j = i - 1;
            if (!refusal && IsModalBefore(doc, i, limitLeft))
            {
                continue; // "can report", "would support": ability or hypothesis, not an attribution
            }

            bool sawBe = false;
            while (j >= limitLeft)
            {
                if ((doc.IsIn(j, SourceLexicons.Auxiliaries) && !(doc.Is(j, "all") || doc.Is(j, "both")) || (doc.Is(j, "all") || doc.Is(j, "both")) && j > limitLeft && doc[j - 1].IsWord)
                    || SourceLexicons.IsNegatedAux(doc, j) || doc[j].IsLower && doc[j].Length > 3 && doc.TokenText(j).EndsWith("ly", StringComparison.Ordinal) && !doc.IsIn(j, SourceLexicons.LyNouns))
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
                else if (j - 1 >= limitLeft && doc.Is(j, "since") && (doc.Is(j - 1, "has") || doc.Is(j - 1, "have") || doc.Is(j - 1, "had")))
                {
                    j--; // "has since said", "have since distanced themselves"
                }
                else if (j - 1 >= limitLeft && doc.IsIn(j, SourceLexicons.TimeUnits) && (doc.Is(j - 1, "last") || doc.Is(j - 1, "this")))
                {
                    j -= 2; // "A report last year found"
                }
                else if (j - 1 >= limitLeft && doc[j].IsCapitalized && lex.Tag(lex.NonSources, doc, j) == "time" && (doc.Is(j - 1, "on") || doc.Is(j - 1, "last") || doc.Is(j - 1, "this") || doc.Is(j - 1, "earlier") || doc.Is(j - 1, "late") || doc.Is(j - 1, "early")))
                {
                    j -= 2; // "Trump on Sunday said", "Gowdy earlier Thursday said"
                }
                else if (j - 1 >= limitLeft && doc[j].IsCapitalized && lex.Tag(lex.NonSources, doc, j) == "time" && doc[j - 1].IsWord && !doc.IsIn(j - 1, SourceLexicons.Stops))
                {
                    j--; // "Ruiz Thursday said"
                }
                else
                {
                    break;
                }
            }

            if (!sawBe && doc.Is(i + 1, "by") && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                // A reduced passive: "the resolution approved by the council", "a plan backed by Ruiz": the agent.
                if (np.Right(i + 2, limitRight) is { Kind: not SourceKind.Pronoun } byAgent)
                {
                    Add(found, byAgent, i, i + 1, inQuote, null);
                }

                continue;
            }

            if (!sawBe && j == i - 1 && doc.IsIn(i, SourceLexicons.ReducedRelative) && doc[j].IsLower && !doc.IsIn(j, SourceLexicons.SubjectPronouns)
                && doc.IsIn(i + 1, ReducedRelativePrepositions))
            {
                continue; // "the engineers listed in the report": a modifier of the noun, not its report
            }

            if (act is not null && (act.Frame == "adjective" || sawBe))
            {
                if (act.Frame == "adjective" ? !sawBe : !SourceLexicons.IsParticiple(word))
                {
                    continue; // an act adjective needs "be" ("is critical of"); a passive act ("was laid out") has no actor here
                }
            }
            else if (doc.IsIn(i, SourceLexicons.Adjectives))
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
                    Add(found, quoted, i, i + 2 < limitRight && doc.Is(i + 2, "saying") ? i + 2 : i + 1, inQuote, Content(doc, lex, sentence, i + 1, quoted));
                    i += doc.Is(i + 2, "saying") ? 2 : 1;
                }
                else if (doc.Is(i + 1, "by"))
                {
                    if (np.Right(i + 2, limitRight) is { } agent)
                    {
                        Add(found, agent, i, i + 1, inQuote, null);
                    }
                }
                else if (SourceLexicons.IsParticiple(doc.TokenText(i)) && j >= limitLeft && np.Left(j, limitLeft) is { } subject
                         && !(doc.IsIn(i, SourceLexicons.DocumentSubject) && !IsDocumentLike(subject.Kind)))
                {
                    // "is quoted as saying" is handled by "saying" below; a progressive "is saying" is active.
                    Add(found, subject, i, i, inQuote, Content(doc, lex, sentence, i, subject));
                }

                continue;
            }

            if (doc.Is(i, "citing") || doc.Is(i, "quoting") || doc.Is(i, "cited") || doc.Is(i, "quoted") || doc.Is(i, "cites") || doc.Is(i, "quotes"))
            {
                // "Ruiz cited the survey": the one who cites makes the claim the citation supports.
                if ((doc.Is(i, "cited") || doc.Is(i, "cites")) && j >= limitLeft && doc[j].IsWord && !doc.IsIn(j, SourceLexicons.Stops)
                    && np.Left(j, limitLeft) is { } citer && !(citer.Kind == SourceKind.Pronoun && !doc.IsIn(citer.First, SourceLexicons.SubjectPronouns) || doc.Is(citer.First, "it")))
                {
                    Add(found, citer, i, i, inQuote, Content(doc, lex, sentence, i, citer));
                }

                // The cited party is a source of the relayed content: "..., citing sources familiar with the plans".
                if (np.Right(i + 1, limitRight) is { } cited && cited.Kind != SourceKind.Pronoun)
                {
                    Add(found, cited, i, i, inQuote, null);
                    continue;
                }

                if (!doc.Is(i, "citing") || !doc.Is(j, ","))
                {
                    continue;
                }

                // ", citing low growth": no party cited; the one who cites gives the reason (below, as for ", saying").
            }

            Candidate? source = null;
            bool participle = SourceLexicons.IsParticiple(doc.TokenText(i)) && !(act is not null && sawBe); // "was taking aim at" is active
            bool speech = family is "speech" or "writing";
            if (participle && !speech && j >= limitLeft && !doc.Is(j, ",") && !IsClauseOpener(doc, j) && !IsQuoteMark(doc, j) && !doc.Is(j, ":") && !doc.Is(j, "\u2014"))
            {
                // "groups supporting her", "for seeking", "considering supporting": a reduced relative or a gerund
                // describes, it does not report; ", seeking to ..." and "is seeking" (above) do.
                continue;
            }

            bool recipientVerb = doc.IsIn(i, SourceLexicons.RecipientVerbs);
            if (act is null && doc.IsIn(i, SourceLexicons.Inverts) && !participle && !recipientVerb && (j < limitLeft || IsQuoteMark(doc, j) || doc.Is(j, ",") || doc.Is(j, ":") || doc.Is(j, "\u2014")))
            {
                // Inverted: "..., said Oliver", "said Amy Spitalnick, spokeswoman for ...". Right after a quotation the
                // phrase is the speaker; after a plain comma it must end its clause ("..., described a candidate
                // aggrieved" has an object there).
                bool afterQuote = j < limitLeft || IsQuoteMark(doc, j) || doc.Is(j, ",") && IsQuoteMark(doc, j - 1) || doc.Is(j, ":") || doc.Is(j, "\u2014");
                if (np.Right(i + 1, limitRight) is { } right && (right.Kind != SourceKind.Pronoun || IsClauseEnd(doc, right.Last + 1))
                    && !doc.IsIn(right.Last + 1, SourceLexicons.Be) && !doc.IsIn(right.Last + 1, Modals) && !doc.Is(right.Last + 1, "has") && !doc.Is(right.Last + 1, "have")
                    && !doc.Is(right.Last + 1, "had") && !doc.Is(right.Last + 1, "did") && !IsCueWord(doc, lex, right.Last + 1) && (afterQuote || EndsInvertedSubject(doc, lex, right.Last + 1)))
                {
                    source = right;
                }
                else if (afterQuote && np.Right(i + 1, limitRight) is null && np.CommonNounRight(i + 1, limitRight) is { } common && EndsInvertedSubject(doc, lex, common.Last + 1))
                {
                    source = common; // '"...," said a cashier at the store.'
                }
            }

            if (source is null && j >= limitLeft && doc.Is(j, ",") && !participle)
            {
                // "Oliver, who heads the group, said" / "Ellard, director of the project, said".
                int k = j - 1;
                while (k >= limitLeft && !doc.Is(k, ",") && j - k < 40 && !IsQuoteMark(doc, k))
                {
                    k--;
                }

                if (k >= limitLeft && doc.Is(k, ",") && IsAppositiveStart(doc, lex, k + 1))
                {
                    source = np.Left(k - 1, limitLeft) ?? np.CommonNounSubject(k - 1, limitLeft, -1) ?? np.Left(j - 1, k + 1);

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
            else if (source is null && j >= limitLeft && (doc.Is(j, "that") || doc.Is(j, "which")) && RelativeAntecedent(doc, lex, np, j, limitLeft) is { Kind: not SourceKind.Pronoun } antecedent)
            {
                // A relative "that" or "which": "the same people that said ...", "the WTO, which writes the rules".
                source = new Candidate(j, j, SourceKind.Pronoun, antecedent.Key);
            }
            else if (source is null && j >= limitLeft && doc.Is(j, "who"))
            {
                source = RelativeAntecedent(doc, lex, np, j, limitLeft) is not null ? new Candidate(j, j, SourceKind.Pronoun, "who") : null;
            }
            else if (source is null && j >= limitLeft && (doc[j].IsWord || doc[j].Kind == TokenKind.Number || doc[j].Kind == TokenKind.Punctuation && doc.Folded[doc[j].Start] == ')'))
            {
                source = np.Left(j, limitLeft);
                if (source is null && participle && speech && IssuedDocument(doc, lex, np, j, limitLeft) is { } issued)
                {
                    source = issued; // "wrote an open letter to the chain Tuesday requesting ..."
                }

                if (source is null && (speech || family is "stance" or "decree" or "refusal") && !participle && IsPastOrSays(doc, i))
                {
                    source = np.DefiniteDescription(j, limitLeft);
                }

                if (source is null && !participle && !doc.IsIn(i, SourceLexicons.DocumentSubject) && (particle || act is not null || !doc.IsIn(i, SourceLexicons.NounToo) && !lex.Nouns.Contains(doc.TokenText(i))))
                {
                    source = np.CommonNounSubject(j, limitLeft, i);
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

            if (source is null && participle && (j < limitLeft || !doc[j].IsWord || doc.Is(j, "and") || doc.Is(j, "by") || doc.Is(j, "while") || doc.Is(j, "then")))
            {
                // ", saying ...": the subject is the main clause's source, or the sentence's first phrase.
                source = LastSourceInSentence(found, firstInSentence);
                if (source is null && !inQuote && doc.Is(j, ","))
                {
                    source = np.Left(j - 1, limitLeft) is { Kind: not SourceKind.Pronoun } c && c.First == FirstWord(doc, start) ? c : null;
                    source ??= MainSubject(doc, lex, np, start, j);
                }
            }

            if (source is not { } src)
            {
                continue;
            }

            if (src.Last < i)
            {
                src = np.PersonBeforePlace(src, limitLeft); // "a cashier at the corner shop said"
            }

            if (doc.IsIn(i, SourceLexicons.DocumentSubject) && !IsDocumentLike(src.Kind) || act is not null && !IsActor(doc, lex, src))
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
            if (doc.Is(i + 1, "to") && (SourceLexicons.NeedsTo.Contains(word) || SourceLexicons.InfinitiveToo.Contains(word)) || particle && !doc.Is(i + 1, "that"))
            {
                cueLast = i + 1; // "wants to", "talked about"
            }

            if (family == "refusal" && doc.Is(i + 1, "to") && i + 2 < limitRight && doc[i + 2].IsWord)
            {
                cueLast = i + 2; // "declined to comment"
            }

            if (act is not null)
            {
                found.Add(new Found(src, i, actLast, inQuote, Content(doc, lex, sentence, actLast, src), false) { TypeOverride = act.Frame == "lead" ? null : act.Type });
                i = actLast;
                continue;
            }

            if (refusal)
            {
                found.Add(new Found(src, i - 1, i, inQuote, null, false) { TypeOverride = AttributionType.Refusal });
                continue;
            }

            Add(found, src, i, cueLast, inQuote, family == "refusal" ? null : Content(doc, lex, sentence, cueLast, src));
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
}
