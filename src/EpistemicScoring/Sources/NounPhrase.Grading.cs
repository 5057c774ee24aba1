using System.Collections.Frozen;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Sources;

/// <summary>The grading ladder: where a noun phrase stands from named person to vague group, and its canonical key.</summary>
internal sealed partial class NounPhrase
{
    /// <summary>Grades tokens [first, last] as a source, or null when they cannot be one.</summary>
    public Candidate? Grade(int first, int last)
    {
        // Trim leading words that are only capitalised by position ("But", "Still") and trailing clitics.
        while (first < last && (IsFunctionWord(first) && !_doc.IsIn(first, SourceLexicons.Determiners) || !_doc[first].IsWord && !IsPercent(first) && _doc[first].Kind != TokenKind.Number))
        {
            first++;
        }

        string head = Internal.Strings.Lower(_doc.TokenText(last));
        if (_doc.Is(last, "another") && (first == last || _doc.Is(first, "yet"))
            && !(first > 0 && (_doc.Is(first - 1, "no") || _doc.Is(first - 1, "how") || _doc.Is(first - 1, "what") || _doc.Is(first - 1, "if"))))
        {
            // "another said", "yet another wrote": one more of the unnamed people just quoted. ("the other", "one" and
            // "both" stand for things as often as for people, and are left alone.)
            return new Candidate(first, last, SourceKind.Anonymous, head);
        }

        if (_doc.IsIn(last, SourceLexicons.Determiners) && first == last && !_lex.Vague.Contains(_doc.TokenText(last)))
        {
            return null;
        }

        // Poll respondents: "41 percent", "40% of Democrats", "four in 10", "a third of independents", "a majority".
        for (int i = first; i <= last; i++)
        {
            if (IsPercent(i) || _doc.Is(i, "percent") || _doc.IsIn(i, SourceLexicons.PollShares) && (i == last || _doc.Is(i + 1, "of"))
                || _doc.Is(i, "in") && i > first && i < last && IsCount(i - 1) && IsCount(i + 1))
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
                return new Candidate(first, last, SourceKind.Anonymous, Singular(Internal.Strings.Lower(_doc.TokenText(i))));
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

        for (int k = i + 1; k < Math.Min(_doc.TokenCount, i + 6); k++)
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
                    return Internal.Strings.Lower(_doc.TokenText(i - 1));
                }

                return Internal.Strings.Lower(w);
            }
        }

        return Key(first, last);
    }
}
