using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis.Sources;

/// <summary>A candidate source: the tokens of a noun phrase, its kind and canonical key.</summary>
/// <param name="First">First token.</param>
/// <param name="Last">Last token (inclusive).</param>
/// <param name="Kind">Where it stands on the ladder.</param>
/// <param name="Key">Lower-case canonical key.</param>
internal readonly record struct Candidate(int First, int Last, SourceKind Kind, string Key);

/// <summary>
/// Finds the noun phrase that fills a source slot, to the left of a cue ("CBS anchor Scott Pelley said") or to
/// its right ("according to the Bank of Korea", "said Oliver"), and grades it. No tagger: the phrase is bounded by
/// punctuation, closed-class words and cues, and its head is recognised by capitalisation or by the lexicons.
/// </summary>
internal sealed class NounPhrase
{
    private const int MaxTokens = 12;
    private readonly TextDocument _doc;
    private readonly SourceLexicons _lex;
    private readonly Dictionary<string, int> _lowerWords;
    private readonly Dictionary<string, int> _capitalWords;
    private readonly bool[] _headline;

    public NounPhrase(TextDocument doc, SourceLexicons lex)
    {
        _doc = doc;
        _lex = lex;
        _lowerWords = new Dictionary<string, int>(StringComparer.Ordinal);
        _capitalWords = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < doc.TokenCount; i++)
        {
            if (doc[i].IsWord && doc[i].Length > 2 && (doc[i].IsLower || doc[i].IsCapitalized && i > 0 && doc[i - 1].IsWord))
            {
                string w = doc.TokenText(i).ToString().ToLowerInvariant();
                Dictionary<string, int> d = doc[i].IsLower ? _lowerWords : _capitalWords;
                d[w] = d.GetValueOrDefault(w) + 1;
            }
        }

        // Headlines: lines where most words are capitalised; capitals there say nothing about names.
        _headline = new bool[doc.Sentences.Length];
        foreach (Sentence s in doc.Sentences)
        {
            int words = 0;
            int caps = 0;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (doc[i].IsWord && doc[i].Length > 3)
                {
                    words++;
                    caps += doc[i].IsCapitalized ? 1 : 0;
                }
            }

            _headline[s.Index] = words >= 3 && caps * 10 >= words * 8;
        }
    }

    public bool IsHeadline(int token) => _headline[_doc.SentenceOf(token)];

    /// <summary>True when the word also appears in lower case in the text: a common word, not a name.</summary>
    public bool IsCommonWord(int i)
    {
        string w = _doc.TokenText(i).ToString().ToLowerInvariant();
        return _lowerWords.GetValueOrDefault(w) > _capitalWords.GetValueOrDefault(w);
    }

    public bool IsCue(int i) => _doc[i].IsWord && _lex.Cues.Contains(_doc.TokenText(i)) && !_doc[i].IsCapitalized;

    /// <summary>
    /// The source phrase ending at token <paramref name="end"/> (inclusive), not reaching before
    /// <paramref name="limit"/>.
    /// </summary>
    public Candidate? Left(int end, int limit) => Left(end, limit, allowPost: true);

    private Candidate? Left(int end, int limit, bool allowPost)
    {
        if (end < limit || !_doc[end].IsWord && !IsPercent(end))
        {
            return null;
        }

        if (_doc.IsIn(end, SourceLexicons.SubjectPronouns))
        {
            return new Candidate(end, end, SourceKind.Pronoun, _doc.TokenText(end).ToString().ToLowerInvariant());
        }

        if (allowPost && PostModifiedHead(end, limit) is { } post)
        {
            return post;
        }

        int first = end;
        int scanned = 0;
        while (first - 1 >= limit && scanned < MaxTokens)
        {
            int p = first - 1;
            Token t = _doc[p];
            if (SourceLexicons.IsPossessiveClitic(_doc, p) && p - 1 >= limit && _doc[p - 1].IsWord)
            {
                first = _doc.Is(p, "s") ? p - 2 : p - 1;
                scanned += 2;
                continue;
            }

            if (IsPercent(p) || t.Kind == TokenKind.Number)
            {
                first = p;
                scanned++;
                continue;
            }

            if (!t.IsWord || IsCue(p) && !_lex.Titles.Contains(_doc.TokenText(p)) || IsHeadline(p) && _lex.Cues.Contains(_doc.TokenText(p)))
            {
                break;
            }

            if (_doc.IsIn(p, SourceLexicons.Determiners) || _doc.IsIn(p, SourceLexicons.PossessivePronouns))
            {
                first = p;
                if (_doc.Is(p, "percent") || p - 1 >= limit && _doc.Is(p, "of"))
                {
                    continue;
                }

                break;
            }

            if (_doc.Is(p, "of") || _doc.Is(p, "for") || _doc.Is(p, "on") || _doc.Is(p, "and") && t.IsLower)
            {
                // Inside a name ("Bank of Korea", "Project on Government Oversight", "Secretary of State"),
                // a spokesperson for a body, or a share of respondents ("40% of Democrats").
                bool capRight = _doc[first].IsCapitalized;
                bool capLeft = p - 1 >= limit && (_doc[p - 1].IsCapitalized || _lex.Titles.Contains(_doc.TokenText(p - 1)) || _lex.Anonymous.Contains(_doc.TokenText(p - 1)));
                bool percentLeft = p - 1 >= limit && _doc.Is(p, "of") && (IsPercent(p - 1) || _doc.Is(p - 1, "percent"));
                if (!_doc.Is(p, "and") && (capRight && capLeft || percentLeft))
                {
                    first = p;
                    scanned++;
                    continue;
                }

                break;
            }

            if (_doc.IsIn(p, SourceLexicons.Particles) && t.IsLower && (_doc[first].IsCapitalized || _doc.IsIn(first, SourceLexicons.Particles)) && p - 1 >= limit
                && (_doc[p - 1].IsCapitalized || _doc.IsIn(p - 1, SourceLexicons.Particles)))
            {
                first = p;
                scanned++;
                continue;
            }

            if (_doc.IsIn(p, SourceLexicons.Stops) || _doc.IsIn(p, SourceLexicons.SubjectPronouns))
            {
                break;
            }

            if (t.IsCapitalized && p == FirstWordOfClause(p, limit) && IsFunctionWord(p))
            {
                break;
            }

            if (t.IsCapitalized && (_lex.NonSources.Contains(_doc.TokenText(p)) && Tag(_lex.NonSources, p) == "time"))
            {
                break;
            }

            if (t.IsLower && t.Length > 2 && _doc.TokenText(p).EndsWith("ly", StringComparison.Ordinal) && !_lex.Titles.Contains(_doc.TokenText(p)))
            {
                break;
            }

            if (t.IsLower && !IsHeadWord(p) && AllCapitalized(first, end))
            {
                // "the fence Ortiz wants to extend": a common noun before a name belongs to another phrase.
                break;
            }

            first = p;
            scanned++;
        }

        return Grade(first, end);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> PostModifierStarts = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "with", "familiar", "close", "briefed", "in", "from", "at", "knowledgeable", "involved", "based", "who", "working", "speaking");

    /// <summary>"A committee aide with knowledge of the talks", "sources in the region": head, then a restrictive modifier.</summary>
    private Candidate? PostModifiedHead(int end, int limit)
    {
        for (int k = end - 1; k >= limit && end - k <= 10; k--)
        {
            if (!_doc[k].IsWord || IsCue(k) && !_lex.Anonymous.Contains(_doc.TokenText(k)))
            {
                return null;
            }

            if (_lex.Anonymous.TryMatch(_doc, k, end + 1, out int n, out _) && n > 1 && k + n - 1 <= end
                && !((_doc.Is(k + n, "for") || _doc.Is(k + n, "of")) && k + n + 1 <= end && _doc[k + n + 1].IsCapitalized))
            {
                int f = LeftSimple(k, limit) is { } np ? np.First : k;
                return new Candidate(f, end, SourceKind.Anonymous, Singular(_doc.TokenText(k + n - 1).ToString().ToLowerInvariant()));
            }

            if ((_lex.Anonymous.Contains(_doc.TokenText(k)) || _lex.Documents.Contains(_doc.TokenText(k)) || _lex.Vague.Contains(_doc.TokenText(k)) && _doc[k].Length > 4)
                && (_doc.IsIn(k + 1, PostModifierStarts) || _doc.Is(k + 1, "by") || _doc.Is(k + 1, "to") && _lex.Anonymous.Contains(_doc.TokenText(k))) && !_doc.Is(k + 1, "who"))
            {
                Candidate? head = LeftSimple(k, limit);
                if (head is not { } h || h.Kind is not (SourceKind.Anonymous or SourceKind.UnnamedDocument or SourceKind.IdentifiedRole or SourceKind.VagueGroup or SourceKind.NamedDocument))
                {
                    return null;
                }

                if (h.Kind is SourceKind.UnnamedDocument or SourceKind.IdentifiedRole && (_doc.Is(k + 1, "by") || _doc.Is(k + 1, "from")) && CountNameTokens(k + 2, end) > 0)
                {
                    return new Candidate(h.First, end, SourceKind.NamedDocument, Key(k + 2, end));
                }

                return h with { Last = end };
            }
        }

        return null;
    }

    /// <summary>Extends a head to the right over a restrictive modifier ("officials familiar with the talks").</summary>
    public int ExtendRight(int head, int limit)
    {
        if (!_lex.Anonymous.Contains(_doc.TokenText(head)) || !_doc.IsIn(head + 1, PostModifierStarts) || _doc.Is(head + 1, "who") && false)
        {
            return head;
        }

        int last = head;
        for (int k = head + 1; k < limit && k - head <= 10; k++)
        {
            if (!_doc[k].IsWord || IsCue(k) || _doc.Is(k, "that") || _doc.Is(k, "just"))
            {
                break;
            }

            last = k;
        }

        return last;
    }

    private Candidate? LeftSimple(int end, int limit) => Left(end, limit, allowPost: false);

    /// <summary>The source phrase starting at token <paramref name="start"/>, not reaching <paramref name="limit"/>.</summary>
    public Candidate? Right(int start, int limit)
    {
        if (start >= limit || !_doc[start].IsWord)
        {
            return null;
        }

        if (_doc.IsIn(start, SourceLexicons.SubjectPronouns))
        {
            return new Candidate(start, start, SourceKind.Pronoun, _doc.TokenText(start).ToString().ToLowerInvariant());
        }

        int last = start - 1;
        int lastHead = -1;
        int i = start;
        while (i < limit && i - start < MaxTokens)
        {
            Token t = _doc[i];
            if (SourceLexicons.IsPossessiveClitic(_doc, i) && last >= start)
            {
                i += _doc.Is(i, "'") && _doc.Is(i + 1, "s") && _doc.IsAttachedToPrevious(i + 1) ? 2 : 1;
                last = i - 1;
                continue;
            }

            if (!t.IsWord)
            {
                break;
            }

            if (_doc.IsIn(i, SourceLexicons.Determiners) || _doc.IsIn(i, SourceLexicons.PossessivePronouns))
            {
                if (last >= start && !_doc.Is(last, "of"))
                {
                    break;
                }

                last = i++;
                continue;
            }

            if (_doc.Is(i, "of") || _doc.Is(i, "for") || _doc.Is(i, "on"))
            {
                bool leftOk = last >= start && (_doc[last].IsCapitalized || _lex.Titles.Contains(_doc.TokenText(last)) || _doc.IsIn(last, SourceLexicons.Determiners) || _lex.Anonymous.Contains(_doc.TokenText(last)));
                int k = i + 1;
                if (_doc.Is(k, "the") || _doc.Is(k, "state"))
                {
                    k++;
                }

                if (leftOk && k < limit && _doc[k].IsCapitalized && !_lex.NonSources.Contains(_doc.TokenText(k)))
                {
                    last = i++;
                    continue;
                }

                break;
            }

            if (_doc.IsIn(i, SourceLexicons.Particles) && t.IsLower && last >= start && _doc[last].IsCapitalized && i + 1 < limit && _doc[i + 1].IsCapitalized)
            {
                last = i++;
                continue;
            }

            if (_doc.IsIn(i, SourceLexicons.Stops) || IsCue(i) && !_lex.Titles.Contains(_doc.TokenText(i)))
            {
                break;
            }

            if (t.IsCapitalized && Tag(_lex.NonSources, i) == "time")
            {
                break;
            }

            if (t.IsLower && !IsHeadWord(i) && !IsModifier(i))
            {
                break;
            }

            last = i;
            if (t.IsCapitalized || IsHeadWord(i))
            {
                lastHead = i;
            }

            i++;
        }

        if (lastHead < 0)
        {
            return null;
        }

        // A name or head followed by lower-case modifiers only: end at the head.
        if (_doc[last].IsLower && !IsHeadWord(last))
        {
            last = lastHead;
        }

        Candidate? graded = Grade(start, last);
        if (graded is { } gp && _lex.Anonymous.TryMatch(_doc, gp.Last, limit, out int pn, out _) && pn > 1)
        {
            int e = gp.Last + pn - 1;
            for (int k = e + 1; k < limit && k - e <= 8 && _doc[k].IsWord && !IsCue(k) && !_doc.Is(k, "that"); k++)
            {
                e = k;
            }

            return new Candidate(start, e, SourceKind.Anonymous, Singular(_doc.TokenText(gp.Last).ToString().ToLowerInvariant()));
        }

        if (graded is { Kind: SourceKind.Anonymous } g)
        {
            return g with { Last = ExtendRight(g.Last, limit) };
        }

        return graded;
    }

    /// <summary>Grades tokens [first, last] as a source, or null when they cannot be one.</summary>
    public Candidate? Grade(int first, int last)
    {
        // Trim leading words that are only capitalised by position ("But", "Still") and trailing clitics.
        while (first < last && (IsFunctionWord(first) && !_doc.IsIn(first, SourceLexicons.Determiners) || !_doc[first].IsWord && !IsPercent(first) && _doc[first].Kind != TokenKind.Number))
        {
            first++;
        }

        if (_doc.IsIn(last, SourceLexicons.Determiners) && first == last && !_lex.Vague.Contains(_doc.TokenText(last)))
        {
            return null;
        }

        string head = _doc.TokenText(last).ToString().ToLowerInvariant();

        // Poll respondents: "41 percent", "40% of Democrats".
        for (int i = first; i <= last; i++)
        {
            if (IsPercent(i) || _doc.Is(i, "percent"))
            {
                return new Candidate(first, last, SourceKind.Anonymous, "respondents");
            }
        }

        bool possessivePronoun = _doc.IsIn(first, SourceLexicons.PossessivePronouns);
        bool definite = _doc.Is(first, "the") || _doc.Is(first, "this") || _doc.Is(first, "that") || possessivePronoun || HasPossessor(first, last);
        bool indefinite = _doc.Is(first, "a") || _doc.Is(first, "an") || _doc.Is(first, "another") || _doc.Is(first, "one") || _doc.Is(first, "some") || _doc.Is(first, "several") || _doc.Is(first, "other");
        int nameTokens = CountNameTokens(first, last);

        if (OfficeHolder(first, last) is { } surname)
        {
            return new Candidate(first, last, SourceKind.NamedPerson, surname);
        }

        if (SpokespersonOfNamedBody(first, last) && (_lex.Titles.Contains(_doc.TokenText(first + 1 <= last ? first + 1 : first)) || _lex.Titles.Contains(_doc.TokenText(first))))
        {
            return new Candidate(first, last, SourceKind.NamedOrganization, OrganisationKey(first, last));
        }

        // Phrases from the anonymous and vague lexicons, anywhere in the span.
        for (int i = first; i <= last; i++)
        {
            if (_lex.Anonymous.TryMatch(_doc, i, last + 1, out int n, out _) && n > 1)
            {
                return new Candidate(first, last, SourceKind.Anonymous, Key(i, i + n - 1));
            }
        }

        // Vague phrases: "the public", "the general public".
        for (int i = first; i < last; i++)
        {
            if (_lex.Vague.TryMatch(_doc, i, last + 1, out int n, out _) && n > 1 && i + n - 1 == last)
            {
                return new Candidate(first, last, SourceKind.VagueGroup, Key(i, i + n - 1));
            }
        }

        if (_doc.Is(first + 1, "of") && first + 1 < last && (_doc.Is(first, "one") || _doc.Is(first, "some") || _doc.Is(first, "many") || _doc.Is(first, "several") || _doc.Is(first, "two") || _doc.Is(first, "most")))
        {
            return new Candidate(first, last, _lex.Vague.Contains(head) ? SourceKind.VagueGroup : SourceKind.Anonymous, Singular(head));
        }

        if (_doc[last].IsCapitalized && _lex.Anonymous.Contains(head) && !SpokespersonOfNamedBody(first, last))
        {
            return new Candidate(first, last, SourceKind.Anonymous, Singular(head));
        }

        if (_doc[last].IsCapitalized && _lex.Vague.Contains(head) && head.Length > 4 && CountNameTokens(first, last) <= 1)
        {
            return new Candidate(first, last, SourceKind.VagueGroup, Singular(head));
        }

        for (int i = first; i < last; i++)
        {
            // Unnamed members of a named body or circle: "associates of Marco Vela", "aides to the governor".
            if ((_doc[i].IsLower || i == first) && _lex.Anonymous.Contains(_doc.TokenText(i)) && (_doc.Is(i + 1, "of") || _doc.Is(i + 1, "to") || _doc.Is(i + 1, "at")))
            {
                return new Candidate(first, last, SourceKind.Anonymous, Singular(_doc.TokenText(i).ToString().ToLowerInvariant()));
            }
        }

        if (_doc[last].IsLower || IsHeadline(last) || first == last && IsSentenceInitial(last))
        {
            if (_lex.Anonymous.Contains(head) && !SpokespersonOfNamedBody(first, last))
            {
                return new Candidate(first, last, SourceKind.Anonymous, Singular(head));
            }

            if (_lex.Vague.Contains(head))
            {
                // "Democrats", "voters" after a share are respondents, handled above.
                return new Candidate(first, last, SourceKind.VagueGroup, Singular(head));
            }

            if (_lex.Documents.Contains(head))
            {
                if (nameTokens > 0)
                {
                    return new Candidate(first, last, SourceKind.NamedDocument, Key(first, last));
                }

                return new Candidate(first, last, definite ? SourceKind.IdentifiedRole : SourceKind.UnnamedDocument, definite ? Key(first, last) : Singular(head));
            }

            if (_lex.Titles.Contains(head) || IsHeadWordRole(head))
            {
                if (SpokespersonOfNamedBody(first, last))
                {
                    return new Candidate(first, last, SourceKind.NamedOrganization, Key(first, last));
                }

                if (indefinite && nameTokens == 0)
                {
                    return new Candidate(first, last, SourceKind.Anonymous, Singular(head));
                }

                if (definite || nameTokens > 0)
                {
                    return new Candidate(first, last, SourceKind.IdentifiedRole, Key(first, last));
                }

                return _doc[last].IsCapitalized ? new Candidate(first, last, SourceKind.IdentifiedRole, head) : null;
            }

            if (_doc[last].IsLower)
            {
                return null;
            }
        }

        // A capitalised name: person or organisation.
        if (!_doc[last].IsCapitalized && _doc[last].Kind != TokenKind.Word)
        {
            return null;
        }

        string? lastTag = Tag(_lex.NonSources, last);
        if (lastTag is "time" or "place" or "event" or "function")
        {
            return null;
        }

        if (nameTokens == 0)
        {
            return null;
        }

        if (nameTokens == 1 && first == last && IsSentenceInitial(last) && IsCommonWord(last))
        {
            return null;
        }

        if ((nameTokens == 0 || _lex.Titles.Contains(head) && Tag(_lex.Titles, last) == "role" && !_lex.Organisations.Contains(head)) && (_lex.Titles.Contains(head) || _lex.Organisations.Contains(head)) && _doc[last].IsCapitalized && definite && !HasPossessor(first, last))
        {
            return new Candidate(first, last, SourceKind.IdentifiedRole, Key(first, last));
        }

        for (int i = last - 1; i >= first; i--)
        {
            if ((_lex.Titles.Contains(_doc.TokenText(i)) || SourceLexicons.IsPossessiveClitic(_doc, i)) && i + 1 <= last && _doc[i + 1].IsCapitalized)
            {
                // "CEPR economist Dean Baker": the words after the role are the person's name.
                bool personTail = true;
                for (int k = i + 1; k <= last; k++)
                {
                    personTail &= _doc[k].IsCapitalized && !_doc[k].IsAllCaps && Tag(_lex.Organisations, k) is null;
                }

                if (personTail)
                {
                    return new Candidate(first, last, SourceKind.NamedPerson, PersonKey(i + 1, last));
                }

                break;
            }

            if (!_doc[i].IsCapitalized)
            {
                break;
            }
        }

        for (int i = first; i <= last; i++)
        {
            if (!_doc[i].IsWord)
            {
                continue;
            }

            string? tag = _doc[i].IsCapitalized ? Tag(_lex.Organisations, i) : null;
            if (tag is not null || _doc[i].IsAllCaps && _doc[i].Length >= 2 && !IsHeadline(i) && !_doc.Is(i, "I"))
            {
                return new Candidate(first, last, SourceKind.NamedOrganization, OrganisationKey(first, last));
            }

            if (i + 1 <= last && _lex.Organisations.TryMatch(_doc, i, last + 1, out int n, out _) && n > 1)
            {
                return new Candidate(first, last, SourceKind.NamedOrganization, OrganisationKey(first, last));
            }
        }

        if (_doc.Is(first, "the") && !HasPossessor(first, last))
        {
            bool titled = false;
            for (int i = first + 1; i <= last; i++)
            {
                titled |= _lex.Titles.Contains(_doc.TokenText(i));
            }

            if (!titled)
            {
                // People do not take "the"; outlets, bodies and peoples do ("the Nikkei", "the Palestinians").
                return new Candidate(first, last, SourceKind.NamedOrganization, OrganisationKey(first, last));
            }
        }

        return new Candidate(first, last, SourceKind.NamedPerson, PersonKey(first, last));
    }

    /// <summary>
    /// "the former talk-show host posted": a short definite description as the subject of a speech verb picks
    /// out one person or body (identified role), though its head is in no lexicon.
    /// </summary>
    public Candidate? DefiniteDescription(int end, int limit)
    {
        if (!_doc[end].IsLower || _doc.IsIn(end, SourceLexicons.Stops) || _doc.IsIn(end, SourceLexicons.Determiners) || _doc.TokenText(end).EndsWith("ly", StringComparison.Ordinal)
            || _doc.TokenText(end).EndsWith("ed", StringComparison.Ordinal) || _doc.TokenText(end).EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        for (int k = end - 1; k >= limit && end - k <= 5; k--)
        {
            if (!_doc[k].IsWord || _doc.IsIn(k, SourceLexicons.Stops) && !_doc.Is(k, "the") || IsCue(k))
            {
                return null;
            }

            if (_doc.Is(k, "the") || _doc.IsIn(k, SourceLexicons.PossessivePronouns))
            {
                return new Candidate(k, end, SourceKind.IdentifiedRole, Key(k, end));
            }
        }

        return null;
    }

    private static bool IsHeadWordRole(string head) => head is "police" or "government" or "administration";

    private bool IsHeadWord(int i)
    {
        ReadOnlySpan<char> w = _doc.TokenText(i);
        return _lex.Anonymous.Contains(w) || _lex.Vague.Contains(w) || _lex.Documents.Contains(w) || _lex.Titles.Contains(w);
    }

    private bool IsModifier(int i)
    {
        // Lower-case words that may stand inside a source phrase before its head ("senior", "intelligence").
        if (!_doc[i].IsLower || _doc.IsIn(i, SourceLexicons.Stops) || IsCue(i))
        {
            return false;
        }

        for (int k = i + 1; k < Math.Min(_doc.TokenCount, i + 4); k++)
        {
            if (!_doc[k].IsWord)
            {
                return false;
            }

            if (IsHeadWord(k) || _doc[k].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    private bool AllCapitalized(int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (_doc[i].IsWord && !_doc[i].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    private bool HasPossessor(int first, int last)
    {
        for (int i = first; i < last; i++)
        {
            if (SourceLexicons.IsPossessiveClitic(_doc, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Secretary of State John Kerry", "Minister of Trade Kim Jung-kwan": an office named "TITLE of BODY" before the
    /// holder's name. Only for an office title, a body with no article, and at least two capitalised words after the
    /// body, so that "the Director of National Intelligence" and "a spokesman for the Bank of Korea" stay as they were.
    /// Returns the holder's key (the surname), or null.
    /// </summary>
    private string? OfficeHolder(int first, int last)
    {
        int title = _doc.IsIn(first, SourceLexicons.Determiners) ? first + 1 : first;
        if (title + 3 > last || !_doc[title].IsCapitalized || !_doc.IsIn(title, SourceLexicons.OfficeTitles) || !_doc.Is(title + 1, "of"))
        {
            return null;
        }

        for (int i = title + 2; i <= last; i++)
        {
            if (!_doc[i].IsWord || !_doc[i].IsCapitalized || IsFunctionWord(i))
            {
                return null;
            }
        }

        // One or two words of body, then a name of two words or more: "State | John Kerry", "Homeland Security | Jeh Johnson".
        int nameStart = last - 1;
        if (nameStart - (title + 2) < 1 || _lex.Organisations.Contains(_doc.TokenText(last)) || Tag(_lex.NonSources, last) is not null)
        {
            return null;
        }

        return PersonKey(nameStart, last);
    }

    private bool SpokespersonOfNamedBody(int first, int last)
    {
        for (int i = first; i < last; i++)
        {
            if ((_doc.Is(i, "for") || _doc.Is(i, "of")) && i + 1 <= last && CountNameTokens(i + 1, last) > 0)
            {
                // "Rep. Ana Ruiz of Ohio", "Sen. Tom Reyes of Texas": a person named before the "of" is that person,
                // with a place or body after the name, not a spokesperson for the body.
                return i == first || CountNameTokens(first, i - 1) == 0;
            }
        }

        return false;
    }

    private int CountNameTokens(int first, int last)
    {
        int n = 0;
        for (int i = first; i <= last; i++)
        {
            if (_doc[i].IsWord && _doc[i].IsCapitalized && !IsFunctionWord(i) && !_lex.Titles.Contains(_doc.TokenText(i))
                && !(i == first && IsSentenceInitial(i) && (IsCommonWord(i) || IsGenericLead(i))))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>A word that opens a generic phrase or heads one ("Several", "Studies"), not a name.</summary>
    private bool IsGenericLead(int i)
    {
        ReadOnlySpan<char> w = _doc.TokenText(i);
        return _doc.IsIn(i, SourceLexicons.GenericLeads) || _lex.Documents.Contains(w) || _lex.Vague.Contains(w);
    }

    private bool IsFunctionWord(int i) => Tag(_lex.NonSources, i) == "function";

    private bool IsSentenceInitial(int i)
    {
        int s = _doc.SentenceOf(i);
        int first = _doc.Sentences[s].FirstToken;
        while (first < i && !_doc[first].IsWord)
        {
            first++;
        }

        return first == i || i > 0 && (_doc.Is(i - 1, ":") || _doc.Folded[_doc[i - 1].Start] == '"');
    }

    private int FirstWordOfClause(int i, int limit)
    {
        int k = i;
        while (k - 1 >= limit && _doc[k - 1].IsWord)
        {
            k--;
        }

        return k;
    }

    private bool IsPercent(int i) => (uint)i < (uint)_doc.TokenCount && _doc[i].Kind != TokenKind.Word && _doc.Folded[_doc[i].Start] == '%';

    private string? Tag(Lexicon lexicon, int i) => _lex.Tag(lexicon, _doc, i);

    private static string Singular(string head) =>
        head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ? head[..^1] : head;

    private string Key(int first, int last)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = first; i <= last; i++)
        {
            if (!_doc[i].IsWord || i == first && (_doc.IsIn(i, SourceLexicons.Determiners) || IsFunctionWord(i)))
            {
                continue;
            }

            if (sb.Length > 0 && !SourceLexicons.IsPossessiveClitic(_doc, i))
            {
                sb.Append(' ');
            }

            sb.Append(_doc.TokenText(i));
        }

        return sb.ToString().ToLowerInvariant();
    }

    private string OrganisationKey(int first, int last)
    {
        // The name without leading titles or role words: the capitalised run that ends the phrase.
        int start = last;
        while (start - 1 >= first && (_doc[start - 1].IsCapitalized || _doc.Is(start - 1, "of") || _doc.Is(start - 1, "on") || _doc.Is(start - 1, "for")))
        {
            start--;
        }

        while (start < last && (_doc[start].IsLower || IsFunctionWord(start)))
        {
            start++;
        }

        return Key(start, last);
    }

    private string PersonKey(int first, int last)
    {
        // The surname: the last capitalised word of the first name in the phrase that is not a title.
        int end = last;
        for (int i = first; i <= last; i++)
        {
            if (_doc.Is(i, "of") || _doc.Is(i, "for") || SourceLexicons.IsPossessiveClitic(_doc, i) && i < last)
            {
                if (SourceLexicons.IsPossessiveClitic(_doc, i))
                {
                    continue;
                }

                end = i - 1;
                break;
            }
        }

        for (int i = end; i >= first; i--)
        {
            if (_doc[i].IsWord && _doc[i].IsCapitalized && !_lex.Titles.Contains(_doc.TokenText(i)))
            {
                // "Kang Tae-hwa", "Lee Jae-myung": a hyphenated given name after a one-word family name.
                ReadOnlySpan<char> w = _doc.TokenText(i);
                int hyphen = w.IndexOf('-');
                if (hyphen > 0 && hyphen + 1 < w.Length && char.IsLower(_doc.Text[_doc[i].Start + hyphen + 1]) && i - 1 >= first
                    && _doc[i - 1].IsCapitalized && !_lex.Titles.Contains(_doc.TokenText(i - 1)) && _doc[i - 1].Length <= 5)
                {
                    return _doc.TokenText(i - 1).ToString().ToLowerInvariant();
                }

                return w.ToString().ToLowerInvariant();
            }
        }

        return Key(first, last);
    }
}
