using System.Collections.Frozen;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using EpistemicScoring.Analysis;

namespace EpistemicScoring.Sources;

/// <summary>The clause shapes the attribution patterns test: modals, noun uses of cue words, appositives, conditionals, reduced passives, nominal cues ("her claim that"), transcript labels, and the content of each attribution.</summary>
internal static partial class SourceExtractor
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Modals = Internal.EmbeddedData.Class(SourceLexicons.Classes, SourceLexicons.ClassesFile, "modals");

    private static bool IsModalBefore(TextDocument doc, int i, int limit)
    {
        for (int k = i - 1; k >= limit && i - k <= 3; k--)
        {
            if (doc.IsIn(k, Modals) || SourceLexicons.IsNegatedModal(doc, k))
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

    /// <summary>Kinds that may be the subject of "shows" and "indicates": documents, bodies, roles, unnamed groups.</summary>
    private static bool IsDocumentLike(SourceKind kind) =>
        kind is SourceKind.NamedDocument or SourceKind.UnnamedDocument or SourceKind.IdentifiedRole or SourceKind.NamedOrganization or SourceKind.Anonymous;

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
        // "other states", "another show", "no comment": a base or -s form after such a word is a noun; "another said" is not.
        if (i >= 1 && doc.IsIn(i - 1, NounQuantifiers) && !doc.TokenText(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !IsPastOrSays(doc, i))
        {
            return true;
        }

        // "the Egyptian report fits": a cue that is also a noun, after a determiner and one modifier, is the noun.
        if (SourceLexicons.CueParticles.TryGetValue(doc.TokenText(i).ToString(), out FrozenSet<string>? particles) && i + 1 < doc.TokenCount && doc[i + 1].IsWord
            && particles.Contains(doc.TokenText(i + 1).ToString()))
        {
            return false; // "the charter states that": the particle makes it the verb
        }

        bool nounToo = doc.IsIn(i, SourceLexicons.NounToo);
        if (!lex.Documents.Contains(doc.TokenText(i)) && !lex.Nouns.Contains(doc.TokenText(i)) && !nounToo)
        {
            return false;
        }

        if (nounToo && (doc.Is(i + 1, "of") || i >= 1 && (SourceLexicons.IsPossessiveClitic(doc, i - 1) || IsCueWord(doc, lex, i - 1))))
        {
            return true; // "a list of", "the governor's demands", "asking questions"
        }

        return i >= 1 && (doc.IsIn(i - 1, SourceLexicons.Determiners) || doc.IsIn(i - 1, SourceLexicons.PossessivePronouns))
            || i >= 2 && doc[i - 1].IsWord && !SourceLexicons.IsPossessiveClitic(doc, i - 1) && (doc.Is(i - 2, "the") || doc.Is(i - 2, "a") || doc.Is(i - 2, "an"))
               && !(nounToo && !lex.Nouns.Contains(doc.TokenText(i)) && doc[i - 1].IsCapitalized && doc[i].IsLower) // "The FOP calls for": a name, then its verb
               && !lex.Anonymous.Contains(doc.TokenText(i - 1)) && !lex.Vague.Contains(doc.TokenText(i - 1)) && !lex.Documents.Contains(doc.TokenText(i - 1)) && !lex.Titles.Contains(doc.TokenText(i - 1));
    }

    private static bool IsAppositiveStart(TextDocument doc, SourceLexicons lex, int i) =>
        i < doc.TokenCount && (doc[i].IsWord || doc[i].Kind == TokenKind.Number)
        && (doc.Is(i, "who") || doc.Is(i, "which") || doc.Is(i, "in") || doc.Is(i, "on") || doc.Is(i, "at") || doc.Is(i, "during") || doc.Is(i, "speaking")
            || doc.Is(i, "however") || doc.Is(i, "though") || doc.Is(i, "too") || doc.Is(i, "meanwhile") || doc.Is(i, "for") || doc.Is(i, "like") || doc.Is(i, "a") || doc.Is(i, "an") || doc.Is(i, "the") || doc.IsIn(i, SourceLexicons.PossessivePronouns)
            || doc[i].IsCapitalized || lex.Titles.Contains(doc.TokenText(i)) || doc[i].IsLower && i + 1 < doc.TokenCount && lex.Titles.Contains(doc.TokenText(i + 1))
            || doc[i].IsLower && doc[i].Length > 4 && doc.TokenText(i).EndsWith("ly", StringComparison.Ordinal) && !doc.IsIn(i, SourceLexicons.LyNouns)
            || doc[i].Kind == TokenKind.Number && doc.Is(i + 1, ","));

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
    private static readonly System.Collections.Frozen.FrozenSet<string> ContentNouns = Internal.EmbeddedData.Class(SourceLexicons.Classes, SourceLexicons.ClassesFile, "content-nouns");

    /// <summary>Participles of a reduced passive that are not formed with -ed.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> IrregularParticiples = Internal.EmbeddedData.Class(SourceLexicons.Classes, SourceLexicons.ClassesFile, "irregular-participles");

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
            if (doc.Is(k + 1, "by") && (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)))
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
            if (!doc.IsIn(i, PronounPossessorNouns))
            {
                return false;
            }

            Add(found, new Candidate(j, j, SourceKind.Pronoun, Internal.Strings.Lower(doc.TokenText(j))), i, i, inQuote, null);
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

        if ((doc.Is(first, "Q") || doc.Is(first, "A")) && doc.Text[doc[first].Start] is 'Q' or 'A' && doc.Is(first + 1, ":"))
        {
            // An interview's question and answer labels: the interviewer and the one interviewed.
            found.Add(new Found(new Candidate(first, first, SourceKind.IdentifiedRole, doc.Is(first, "Q") ? "interviewer" : "interviewee"), first + 1, first + 1, false, null, true));
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

        // One capitalised word before a colon is a label only in a headline, and only when the text uses it as a name
        // ("Rubio: I Still Believe ..."), never a word such as "Update" or "Opinion".
        bool headlineName = !allCaps && k - first == 1 && np.IsHeadline(first) && !np.IsCommonWord(first) && !doc.IsIn(first, TranscriptNonLabels)
            && lex.Tag(lex.NonSources, doc, first) is null;
        if (!allCaps && !headlineName && (k - first < 2 || np.IsCommonWord(first)) || allCaps && doc.IsIn(first, TranscriptNonLabels))
        {
            return;
        }

        Candidate? c = np.Grade(first, k - 1);
        if (c is { } cand)
        {
            if (allCaps && cand.Kind == SourceKind.NamedOrganization && k - first == 1 && !lex.Organisations.Contains(doc.TokenText(first)))
            {
                cand = cand with { Kind = SourceKind.NamedPerson, Key = Internal.Strings.Lower(doc.TokenText(first)) };
            }

            found.Add(new Found(cand, k, k, false, null, true));
        }
    }

    /// <summary>Words that open an introductory phrase set off by a comma before the subject ("At a rally in Ohio, ...").</summary>
    private static readonly FrozenSet<string> IntroductoryWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "in", "on", "at", "after", "before", "during", "while", "when", "as", "although", "though", "despite", "since",
        "with", "without", "following", "speaking", "asked", "earlier", "later", "last", "for", "from", "by", "among", "meanwhile", "however", "still",
        "yet", "then", "now", "today", "yesterday", "instead", "once", "until", "like", "unlike", "amid", "addressing", "writing", "responding");

    /// <summary>
    /// The subject of the sentence's main clause, for a participle after a comma whose clause has no cue of its own:
    /// "Clinton celebrated in Florida with supporters, declaring ...", "At a rally on Tuesday, Ruiz thanked the
    /// crowd, saying ...". The first phrase of the sentence (after one introductory phrase set off by a comma),
    /// followed by a lower-case word (its verb) before the participle's comma; null when there is none.
    /// </summary>
    private static Candidate? MainSubject(TextDocument doc, SourceLexicons lex, NounPhrase np, int start, int comma)
    {
        int k = FirstWord(doc, start);
        if (k >= comma)
        {
            return null;
        }

        if (doc.IsIn(k, IntroductoryWords) || doc.IsIn(k, ClauseCoordinators))
        {
            int c = k;
            while (c < comma && !doc.Is(c, ","))
            {
                c++;
            }

            if (c >= comma || c - k > 25)
            {
                return null;
            }

            k = c + 1;
        }

        if (np.Right(k, comma) is not { } subject || subject.Kind == SourceKind.Pronoun && !doc.IsIn(subject.First, SourceLexicons.SubjectPronouns))
        {
            return null;
        }

        int verb = subject.Last + 1;
        if (doc.Is(verb, ",") && IsAppositiveStart(doc, lex, verb + 1))
        {
            // "Michael Roe, president of the trust, tied the closure to the storm, saying ...": over the appositive.
            int close = verb + 1;
            while (close < comma && !doc.Is(close, ",") && close - verb <= 25)
            {
                close++;
            }

            verb = close < comma && doc.Is(close, ",") ? close + 1 : comma;
        }

        while (verb < comma && (doc.IsIn(verb, SourceLexicons.Auxiliaries) || doc[verb].IsLower && doc.TokenText(verb).EndsWith("ly", StringComparison.Ordinal)
               || doc[verb].IsCapitalized && lex.Tag(lex.NonSources, doc, verb) == "time"
               || (doc.Is(verb, "on") || doc.Is(verb, "last") || doc.Is(verb, "this") || doc.Is(verb, "earlier")) && verb + 1 < comma && doc[verb + 1].IsCapitalized && lex.Tag(lex.NonSources, doc, verb + 1) == "time"))
        {
            verb++; // "has also", "quickly", "on Thursday": between the subject and its verb
        }

        return verb < comma && doc[verb].IsWord && doc[verb].IsLower && !doc.IsIn(verb, SourceLexicons.Stops) && !IsCueWord(doc, lex, verb) ? subject : null;
    }

    /// <summary>
    /// The noun phrase a relative "who", "that" or "which" at <paramref name="relative"/> refers to ("a young child,
    /// who said", "those who fear", "a message that said"), over a comma, or null when no phrase stands there.
    /// </summary>
    private static Candidate? RelativeAntecedent(TextDocument doc, SourceLexicons lex, NounPhrase np, int relative, int limit)
    {
        int w = doc.Is(relative - 1, ",") ? relative - 2 : relative - 1;
        if (w < limit || IsCueWord(doc, lex, w))
        {
            return null;
        }

        int from = Math.Max(limit, w - 12);
        return np.Left(w, from) ?? np.CommonNounSubject(w, from, -1)
            ?? (doc.Is(w, "those") || doc.Is(w, "anyone") || doc.Is(w, "everyone") ? new Candidate(w, w, SourceKind.VagueGroup, doc.TokenText(w).ToString().ToLowerInvariant()) : null);
    }

    /// <summary>
    /// For a participle after a document that a light verb puts out, with a time phrase or a recipient between
    /// ("wrote an open letter to the chain Tuesday night requesting ..."): the document, which the project's
    /// guidelines take as the source of the participle ("issued a report describing"), as when it stands right before
    /// it. Null when the words before the participle are not such a document.
    /// </summary>
    private static Candidate? IssuedDocument(TextDocument doc, SourceLexicons lex, NounPhrase np, int j, int limit)
    {
        int k = j;
        for (int n = 0; n < 3 && k >= limit && (doc[k].IsCapitalized && lex.Tag(lex.NonSources, doc, k) == "time" || doc.IsIn(k, SourceLexicons.TimeUnits) || doc.Is(k, "night") || doc.Is(k, "morning")); n++)
        {
            k--;
        }

        if (np.Left(k, limit) is { } recipient && recipient.First - 1 >= limit && doc.Is(recipient.First - 1, "to"))
        {
            k = recipient.First - 2; // "a letter to Walmart"
        }

        if (k == j || k < limit || np.Left(k, limit) is not { Kind: SourceKind.UnnamedDocument or SourceKind.IdentifiedRole or SourceKind.NamedDocument } d
            || d.First - 1 < limit || !doc.IsIn(d.First - 1, SourceLexicons.LightVerbs))
        {
            return null;
        }

        return d;
    }

    /// <summary>
    /// The speaker of a quotation introduced by a colon: the phrase right before the colon ('Pew Research: "..."',
    /// 'From the report: "..."', 'Here is Lind in 1992: "..."'), when a quotation opens right after it. Null when the
    /// word before the colon is a cue (its own pattern finds it), a label word ("Update:") or no source phrase.
    /// </summary>
    private static Candidate? ColonQuote(TextDocument doc, SourceLexicons lex, NounPhrase np, int colon, int limit)
    {
        int next = colon + 1;
        if (next >= doc.TokenCount || !IsQuoteMark(doc, next) || !doc.IsInQuote(Math.Min(next + 1, doc.TokenCount - 1)) || colon - 1 < limit)
        {
            return null;
        }

        int end = colon - 1;
        if (IsCueWord(doc, lex, end) && !doc.IsIn(end - 1, SourceLexicons.Determiners) && !doc.IsIn(end - 1, SourceLexicons.PossessivePronouns)
            || doc[end].IsWord && doc.IsIn(end, TranscriptNonLabels))
        {
            return null;
        }

        // "Here is Lind in December 1992:": a time after the phrase.
        for (int k = end; k >= limit && end - k <= 4; k--)
        {
            if (doc.Is(k, "in") || doc.Is(k, "on"))
            {
                if (k - 1 >= limit && np.Left(k - 1, limit) is { Kind: not SourceKind.Pronoun } before && (doc[k + 1].Kind == TokenKind.Number || lex.Tag(lex.NonSources, doc, k + 1) == "time")
                    && (OpensColonSpeaker(doc, before.First, limit) || doc.Is(before.First - 1, "is") || doc.Is(before.First - 1, "'s")))
                {
                    return before;
                }

                break;
            }
        }

        return np.Left(end, limit) is { Kind: not SourceKind.Pronoun } c && OpensColonSpeaker(doc, c.First, limit) ? c : null;
    }

    /// <summary>
    /// True when the phrase before a colon stands where a speaker's label does: at the start of its clause, after a
    /// dash or bracket, or after "from" ("More from the report:"), not as an object ("asked Clinton:", "remarks to
    /// journalists:", "in a joint statement:").
    /// </summary>
    private static bool OpensColonSpeaker(TextDocument doc, int first, int limit)
    {
        int before = first - 1;
        return before < limit || doc.Is(before, "from") || doc[before].Kind == TokenKind.Punctuation && doc.Folded[doc[before].Start] is '-' or '\u2014' or '(' or '.' or '|'
            || doc.NewlinesBefore(first) > 0;
    }

    /// <summary>The quotation that opens right after token <paramref name="i"/>, as a span, or null.</summary>
    private static SpanText? QuotationAfter(TextDocument doc, int i)
    {
        // Binary search for the first quotation that starts after i: the quotations are in text order.
        ReadOnlySpan<Quotation> all = doc.Quotations;
        int lo = 0;
        int hi = all.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (all[mid].FirstToken <= i)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < all.Length && all[lo].FirstToken <= i + 2 ? SpanText.From(all[lo].Inner, doc.Text) : null;
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

    private static SpanText? Content(TextDocument doc, SourceLexicons lex, Sentence sentence, int cueLast, Candidate source)
    {
        // The quotation of the sentence when there is one, else the rest of the clause after the cue.
        if (FirstQuotationClearOf(doc, sentence, source) is { } q)
        {
            return SpanText.From(q.Inner, doc.Text);
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
            if (doc[k].Kind == TokenKind.Punctuation && doc.Folded[doc[k].Start] is ';' or '"' or '(' or ')'
                || doc.Is(k, ",") && doc.IsIn(k + 1, ClauseCoordinators) && !doc.Is(k + 2, "that") && CueFollows(doc, lex, k + 2, 6))
            {
                // A new attribution clause ends the content: "..., though she cautioned that ...", "..., and some
                // say ..."; ", and that ..." and a list ("prices, wages, and rents rose") go on with it.
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

    /// <summary>True when a cue word stands within <paramref name="window"/> words from <paramref name="from"/>, before any punctuation.</summary>
    private static bool CueFollows(TextDocument doc, SourceLexicons lex, int from, int window)
    {
        for (int k = from; k < doc.TokenCount && k - from < window && doc[k].IsWord; k++)
        {
            if (IsCueWord(doc, lex, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Quantifiers after which a base or -s form of a cue is a noun ("other states", "another tweet").</summary>
    private static readonly FrozenSet<string> NounQuantifiers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "other", "another", "no", "any", "every", "each");

    /// <summary>
    /// True when the inverted subject ends its clause: '..., said Ruiz.', '..., said Ruiz, the mayor', '..., said Ruiz
    /// in a statement', '..., said Ruiz on Tuesday'. Not '..., described a candidate aggrieved', where the phrase
    /// after the verb is its object.
    /// </summary>
    private static bool EndsInvertedSubject(TextDocument doc, SourceLexicons lex, int next) =>
        IsClauseEnd(doc, next) || doc.IsIn(next, InvertedSubjectFollowers) || doc[next].Kind == TokenKind.Punctuation && doc.Folded[doc[next].Start] is '(' or '\u2014' or '-'
        || doc[next].IsCapitalized && lex.Tag(lex.NonSources, doc, next) == "time";

    private static readonly FrozenSet<string> InvertedSubjectFollowers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "in", "at", "on", "from", "of", "who", "with", "during", "after", "before", "when", "while", "last", "this", "earlier", "later", "recently", "yesterday", "today");

    /// <summary>Words after a comma that open a new clause, ending an indirect content.</summary>
    private static readonly FrozenSet<string> ClauseCoordinators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "and", "but", "while", "whereas", "though", "although", "yet");

    private static void Add(List<Found> found, Candidate source, int cueFirst, int cueLast, bool inQuote, SpanText? content) =>
        found.Add(new Found(source, cueFirst, cueLast, inQuote, content, false));
}
