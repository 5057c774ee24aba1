using System.Runtime.InteropServices;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Sources;

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
internal sealed partial class NounPhrase
{
    private const int MaxTokens = 12;
    private readonly TextDocument _doc;
    private readonly SourceLexicons _lex;
    private readonly Dictionary<int, (int Lower, int Capital)> _words;
    private readonly bool[] _headline;

    public NounPhrase(TextDocument doc, SourceLexicons lex, SourceScratch scratch)
    {
        _doc = doc;
        _lex = lex;

        // Counted by token, ignoring case: the key is the first token of each spelling, so no string is made. The
        // table is the thread's scratch (empty, compared by this document's text), not one allocated per text.
        _words = scratch.Words;
        for (int i = 0; i < doc.TokenCount; i++)
        {
            if (IsCounted(doc, i))
            {
                ref (int Lower, int Capital) counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_words, i, out _);
                counts = doc[i].IsLower ? (counts.Lower + 1, counts.Capital) : (counts.Lower, counts.Capital + 1);
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

    private static bool IsCounted(TextDocument doc, int i) =>
        doc[i].IsWord && doc[i].Length > 2 && (doc[i].IsLower || doc[i].IsCapitalized && i > 0 && doc[i - 1].IsWord);

    public bool IsHeadline(int token) => _headline[_doc.SentenceOf(token)];

    /// <summary>True when the word also appears in lower case in the text: a common word, not a name.</summary>
    public bool IsCommonWord(int i)
    {
        _words.TryGetValue(i, out (int Lower, int Capital) counts);
        return counts.Lower > counts.Capital;
    }

    public bool IsCue(int i) => _doc[i].IsWord && _lex.Cues.Contains(_doc.TokenText(i)) && !_doc[i].IsCapitalized
        && !(_doc.IsIn(i, SourceLexicons.NounToo) && i > 0 && (_doc.IsIn(i - 1, SourceLexicons.PossessivePronouns) || SourceLexicons.IsPossessiveClitic(_doc, i - 1)));

    /// <summary>
    /// The source phrase ending at token <paramref name="end"/> (inclusive), not reaching before
    /// <paramref name="limit"/>.
    /// </summary>
    public Candidate? Left(int end, int limit)
    {
        // "Rep. Ana Ruiz (D-Ohio) said": a short parenthetical after the phrase belongs to it.
        if (IsPunct(end, ')') && MatchingOpen(end, limit) is int open && Left(open - 1, limit, allowPost: true) is { } inner)
        {
            return inner with { Last = end };
        }

        return Left(end, limit, allowPost: true);
    }

    /// <summary>The longest parenthetical kept inside a source phrase, in tokens.</summary>
    private const int MaxParenthetical = 10;

    private bool IsPunct(int i, char c) => (uint)i < (uint)_doc.TokenCount && _doc[i].Kind == TokenKind.Punctuation && _doc.Folded[_doc[i].Start] == c;

    private int? MatchingOpen(int close, int limit)
    {
        for (int k = close - 1; k > limit && close - k <= MaxParenthetical; k--)
        {
            if (IsPunct(k, ')'))
            {
                return null;
            }

            if (IsPunct(k, '('))
            {
                return k - 1 >= limit && _doc[k - 1].IsWord ? k : null;
            }
        }

        return null;
    }

    private int? MatchingClose(int open, int limit)
    {
        for (int k = open + 1; k < limit && k - open <= MaxParenthetical; k++)
        {
            if (IsPunct(k, '('))
            {
                return null;
            }

            if (IsPunct(k, ')'))
            {
                return k;
            }
        }

        return null;
    }

    private Candidate? Left(int end, int limit, bool allowPost)
    {
        if (end < limit || !_doc[end].IsWord && !IsPercent(end) && !(_doc[end].Kind == TokenKind.Number && _doc.Is(end - 1, "in") && IsCount(end - 2)))
        {
            return null;
        }

        if (_doc.IsIn(end, SourceLexicons.SubjectPronouns))
        {
            return new Candidate(end, end, SourceKind.Pronoun, Internal.Strings.Lower(_doc.TokenText(end)));
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

            if (_doc.Is(p, "in") && p - 1 >= limit && IsCount(p - 1) && IsCount(first) && first == p + 1)
            {
                // "four in 10", "one in five": a share of respondents.
                first = p - 1;
                scanned += 2;
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
                bool percentLeft = p - 1 >= limit && _doc.Is(p, "of") && (IsPercent(p - 1) || _doc.Is(p - 1, "percent") || _doc.IsIn(p - 1, SourceLexicons.PollShares));
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

            if (_doc.IsIn(p, SourceLexicons.Stops) || _doc.IsIn(p, SourceLexicons.SubjectPronouns) || SourceLexicons.IsNegatedAux(_doc, p))
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

    private static readonly System.Collections.Frozen.FrozenSet<string> PostModifierStarts = Internal.EmbeddedData.Class(SourceLexicons.Classes, SourceLexicons.ClassesFile, "post-modifier-starts");

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
                return new Candidate(f, end, SourceKind.Anonymous, Singular(Internal.Strings.Lower(_doc.TokenText(k + n - 1))));
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

    private bool IsCount(int i) => (uint)i < (uint)_doc.TokenCount && (_doc[i].Kind == TokenKind.Number || _doc.IsIn(i, SourceLexicons.CountWords));

    private Candidate? LeftSimple(int end, int limit) => Left(end, limit, allowPost: false);

    /// <summary>The source phrase starting at token <paramref name="start"/>, not reaching <paramref name="limit"/>.</summary>
    public Candidate? Right(int start, int limit)
    {
        Candidate? c = RightCore(start, limit);
        return c is { } r && IsPunct(r.Last + 1, '(') && MatchingClose(r.Last + 1, limit) is int close ? r with { Last = close } : c;
    }

    private Candidate? RightCore(int start, int limit)
    {
        if (start >= limit || !_doc[start].IsWord)
        {
            return null;
        }

        if (_doc.IsIn(start, SourceLexicons.SubjectPronouns))
        {
            return new Candidate(start, start, SourceKind.Pronoun, Internal.Strings.Lower(_doc.TokenText(start)));
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

            return new Candidate(start, e, SourceKind.Anonymous, Singular(Internal.Strings.Lower(_doc.TokenText(gp.Last))));
        }

        if (graded is { Kind: SourceKind.Anonymous } g)
        {
            return g with { Last = ExtendRight(g.Last, limit) };
        }

        return graded;
    }
}
