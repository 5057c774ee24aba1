using System.Collections.Frozen;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Sources;

/// <summary>Common-noun subjects in no lexicon ("a cashier said", "two judges ruled"), with their number agreement check.</summary>
internal sealed partial class NounPhrase
{
    /// <summary>
    /// A common-noun phrase in no lexicon as the subject of a cue: "a cashier said", "the regional daily wrote",
    /// "Clinton's campaign strategists say", "two judges ruled", "Democratic strategists argue". Graded by its
    /// determiner and number: a definite singular picks out one person or body (identified role); a plural, an
    /// indefinite or a bare noun stands for unnamed people (anonymous); unnamed members of a named body too.
    /// </summary>
    public Candidate? CommonNounSubject(int end, int limit, int cue)
    {
        if (!IsCommonHead(end) || end == cue - 1 && !Agrees(end, cue))
        {
            return null;
        }

        int first = end;
        bool possessor = false;
        int determiner = -1;
        while (first - 1 >= limit && end - first < 6)
        {
            int p = first - 1;
            if (SourceLexicons.IsPossessiveClitic(_doc, p))
            {
                int e = _doc.Is(p, "s") ? p - 2 : p - 1;
                if (e >= limit && Left(e, limit) is { } owner && owner.Kind != SourceKind.Pronoun)
                {
                    first = owner.First;
                    possessor = true;
                }

                break;
            }

            if (_doc.IsIn(p, SourceLexicons.Determiners) || _doc.IsIn(p, SourceLexicons.PossessivePronouns) || _doc[p].Kind == TokenKind.Number)
            {
                first = p;
                determiner = p;
                break;
            }

            if (!_doc[p].IsWord || _doc.IsIn(p, SourceLexicons.Stops) || _doc.IsIn(p, SourceLexicons.SubjectPronouns) || IsCue(p)
                || _doc[p].IsLower && _doc.TokenText(p).EndsWith("ly", StringComparison.Ordinal) && !_doc.IsIn(p, SourceLexicons.LyNouns)
                || _doc[p].IsCapitalized && (IsFunctionWord(p) || Tag(_lex.NonSources, p) is not null))
            {
                break;
            }

            first = p;
        }

        if (first == end && determiner < 0 && !possessor && !IsPlural(end))
        {
            return null; // a bare singular ("budget said") is not a phrase
        }

        if (determiner < 0 && !possessor && (end - first > 2 || first > limit && !IsClauseBoundary(first - 1)))
        {
            return null; // a bare phrase must open its clause: "..., authorities said", not "to win big primary states"
        }

        bool definite = possessor || determiner >= 0 && (_doc.Is(determiner, "the") || _doc.Is(determiner, "this") || _doc.Is(determiner, "that") || _doc.IsIn(determiner, SourceLexicons.PossessivePronouns));
        SourceKind kind = definite && !IsPlural(end) ? SourceKind.IdentifiedRole : SourceKind.Anonymous;
        return new Candidate(first, end, kind, kind == SourceKind.IdentifiedRole ? Key(first, end) : Singular(_doc.TokenText(end).ToString().ToLowerInvariant()));
    }

    /// <summary>
    /// Subject and verb agree in number: a singular noun takes a past or -s form ("the cashier said", "a cashier
    /// says"), a plural one a past or base form ("cashiers say"). "a phone call", "strong support" or "concerns
    /// worries" do not agree: the cue word is a noun there, and the word before it a modifier.
    /// </summary>
    private bool Agrees(int subject, int verb)
    {
        ReadOnlySpan<char> v = _doc.TokenText(verb);
        bool past = v.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || _doc.IsIn(verb, IrregularPasts);
        bool third = !past && v.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !v.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
        return past || (IsPlural(subject) ? !third : third);
    }

    private static readonly FrozenSet<string> IrregularPasts = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "said", "told", "wrote", "thought", "knew", "felt", "found", "sought", "swore", "spoke", "understood", "mistook", "forecast");

    /// <summary>Words that end a verb phrase or measure time, never the head of a speaker's phrase ("turn down", "three minutes").</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "down", "up", "out", "off", "over", "back", "away", "around", "along", "together", "ago", "later", "earlier", "own",
        "time", "times", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "moment", "morning", "night", "evening", "afternoon", "decade", "decades");

    /// <summary>
    /// A common-noun phrase in no lexicon to the right of a cue ("according to the news outlet", "..., said a
    /// cashier"): a determiner, then lower-case words up to the head. Graded as <see cref="CommonNounSubject"/>.
    /// </summary>
    public Candidate? CommonNounRight(int start, int limit)
    {
        if (start >= limit || !_doc.IsIn(start, SourceLexicons.Determiners) && !_doc.IsIn(start, SourceLexicons.PossessivePronouns))
        {
            return null;
        }

        int last = -1;
        for (int k = start + 1; k < limit && k - start <= 6; k++)
        {
            if (!_doc[k].IsWord || !_doc[k].IsLower || _doc.IsIn(k, SourceLexicons.Stops) || IsCue(k))
            {
                break;
            }

            last = k;
        }

        if (last < 0 || !IsCommonHead(last))
        {
            return null;
        }

        bool definite = _doc.Is(start, "the") || _doc.Is(start, "this") || _doc.Is(start, "that") || _doc.IsIn(start, SourceLexicons.PossessivePronouns);
        SourceKind kind = definite && !IsPlural(last) ? SourceKind.IdentifiedRole : SourceKind.Anonymous;
        return new Candidate(start, last, kind, kind == SourceKind.IdentifiedRole ? Key(start, last) : Singular(_doc.TokenText(last).ToString().ToLowerInvariant()));
    }

    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "at", "in", "from", "near", "outside", "on");

    /// <summary>
    /// The member of the public a place phrase belongs to: in "a cashier at the corner shop said" the phrase left of
    /// the cue is "the corner shop", but a shop does not speak; the speaker is the person before "at", and the span
    /// keeps both. <paramref name="c"/> unchanged when no such person stands there.
    /// </summary>
    public Candidate PersonBeforePlace(Candidate c, int limit)
    {
        int p = c.First - 1;
        int head = p - 1;
        if (head < limit || !_doc.IsIn(p, PlacePrepositions) || !_doc[head].IsLower || !_doc.IsIn(head, SourceLexicons.OrdinaryPeople)
            || c.Kind is not (SourceKind.IdentifiedRole or SourceKind.Anonymous or SourceKind.NamedOrganization or SourceKind.UnnamedDocument))
        {
            return c;
        }

        int first = head;
        while (first - 1 >= limit && head - first < 3 && _doc[first - 1].IsWord && _doc[first - 1].IsLower
               && !_doc.IsIn(first - 1, SourceLexicons.Stops) && !_doc.IsIn(first - 1, SourceLexicons.Determiners) && !IsCue(first - 1))
        {
            first--;
        }

        bool determiner = first - 1 >= limit && (_doc.IsIn(first - 1, SourceLexicons.Determiners) || _doc[first - 1].Kind == TokenKind.Number);
        if (!determiner && (!IsPlural(head) || first > limit && !IsClauseBoundary(first - 1)))
        {
            return c;
        }

        first = determiner ? first - 1 : first;
        bool definite = _doc.Is(first, "the") && !IsPlural(head);
        return new Candidate(first, c.Last, definite ? SourceKind.IdentifiedRole : SourceKind.Anonymous,
            definite ? Key(first, head) : Singular(_doc.TokenText(head).ToString().ToLowerInvariant()));
    }

    private bool IsClauseBoundary(int i) =>
        !_doc[i].IsWord && !IsPunct(i, ')') || _doc.Is(i, "and") || _doc.Is(i, "but") || _doc.Is(i, "that") || _doc.Is(i, "while") || _doc.Is(i, "because")
        || _doc.Is(i, "as") || _doc.Is(i, "when") || _doc.Is(i, "if") || _doc.Is(i, "where") || _doc.Is(i, "though") || _doc.Is(i, "although");

    private bool IsCommonHead(int i) =>
        (uint)i < (uint)_doc.TokenCount && _doc.TokenText(i).IndexOfAny('\'', '\u2019') < 0 &&
        _doc[i].IsWord && _doc[i].IsLower && _doc[i].Length >= 3 && !_doc.IsIn(i, SourceLexicons.Stops) && !_doc.IsIn(i, SourceLexicons.Determiners)
        && !_doc.IsIn(i, SourceLexicons.PossessivePronouns) && !_doc.IsIn(i, Particles) && !_doc.TokenText(i).EndsWith("ed", StringComparison.Ordinal)
        && !_doc.IsIn(i, SourceLexicons.Auxiliaries) && !_doc.IsIn(i, SourceLexicons.SubjectPronouns) && !_doc.IsIn(i, SourceLexicons.QuantifierPronouns) && !IsCue(i)
        && !(_doc.TokenText(i).EndsWith("ly", StringComparison.Ordinal) && !_doc.IsIn(i, SourceLexicons.LyNouns))
        && !_doc.TokenText(i).EndsWith("ing", StringComparison.Ordinal) && Tag(_lex.NonSources, i) is null;

    private bool IsPlural(int i)
    {
        ReadOnlySpan<char> w = _doc.TokenText(i);
        return w.Length > 3 && w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("us", StringComparison.OrdinalIgnoreCase);
    }
}
