using System.Collections.Frozen;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using EpistemicScoring.Analysis;

namespace EpistemicScoring.Sources;

/// <summary>Resolution: pronouns and back-references to their antecedents, quotations to their speakers, stated reasons for anonymity, and the final list of mentions.</summary>
internal static partial class SourceExtractor
{
    private static List<SourceMention> Resolve(TextDocument doc, SourceLexicons lex, NounPhrase np, List<Found> found)
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
        List<(int First, int Last)> reasons = AnonymityReasons(doc);
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
                string word = Internal.Strings.Lower(doc.TokenText(s.First));
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
                AnonymityReason = s.Kind == SourceKind.Anonymous ? ReasonFor(doc, reasons, found, f) : null,
                Type = item.TypeOverride ?? CueType(doc, lex, item),
                Nested = IsNested(doc, found, f),
                OrdinaryPerson = s.Kind == SourceKind.Anonymous && (SourceLexicons.OrdinaryPeople.Contains(resolvedKey[f]) || doc.IsIn(s.Last, SourceLexicons.OrdinaryPeople)),
            });
        }

        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (a.Cue?.Start ?? 0).CompareTo(b.Cue?.Start ?? 0));
        return result;
    }

    /// <summary>
    /// The attribution type of a cue: the tag of its verb (<c>attribution-cues</c>) or noun (<c>attribution-nouns</c>);
    /// speech for "according to", transcript labels and untagged words. A document that "says" writes.
    /// </summary>
    private static AttributionType CueType(TextDocument doc, SourceLexicons lex, Found item)
    {
        AttributionType type = AttributionType.Speech;
        for (int k = item.CueFirst; k <= item.CueLast; k++)
        {
            if (doc[k].IsWord && (lex.Cues.TryGet(doc.TokenText(k), out LexiconEntry? e) || lex.Nouns.TryGet(doc.TokenText(k), out e)))
            {
                type = SourceLexicons.TypeOf(e.Tag);
                break;
            }
        }

        return type == AttributionType.Speech && item.Source.Kind is SourceKind.NamedDocument or SourceKind.UnnamedDocument ? AttributionType.Writing : type;
    }

    /// <summary>
    /// True when the attribution is inside a quotation, or its cue inside the content of another attribution with a
    /// different source ("Ruiz said the board believes ..."): a shared subject down a chain ("said ..., adding") is
    /// not nesting.
    /// </summary>
    private static bool IsNested(TextDocument doc, List<Found> found, int f)
    {
        Found item = found[f];
        int cue = doc[item.CueFirst].Start;
        if (item.InQuote)
        {
            return true;
        }

        for (int g = f - 1; g >= 0 && item.CueFirst - found[g].CueFirst < MaxContentTokens; g--)
        {
            Found outer = found[g];
            if (outer.Content is { } c && c.Start <= cue && cue < c.Start + c.Length && outer.Source != item.Source
                && (outer.Source.Last < item.Source.First || outer.Source.First > item.Source.Last))
            {
                return true;
            }
        }

        return false;
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
    /// then the next, then the one before. A quotation that opens a paragraph after one left open at the end of the
    /// paragraph before (the news convention for a quote running over paragraphs) keeps that quote's speaker unless
    /// its own sentences name one. A binary search per quotation over the sorted attributions keeps it near linear.
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

        var speakerOfQuote = new int[quotes.Length];
        for (int q = 0; q < quotes.Length; q++)
        {
            (int nearest, bool own) = NearestSpeaker(doc, found, outside, quotes[q]);
            speakerOfQuote[q] = !own && q > 0 && speakerOfQuote[q - 1] >= 0 && ContinuesQuote(doc, quotes[q - 1], quotes[q]) ? speakerOfQuote[q - 1] : nearest;
        }

        int qi = 0;
        for (int f = 0; f < found.Count; f++)
        {
            if (!found[f].InQuote)
            {
                continue;
            }

            int cue = found[f].CueFirst;
            while (qi < quotes.Length && quotes[qi].EndToken <= cue)
            {
                qi++;
            }

            if (qi < quotes.Length && quotes[qi].FirstToken <= cue)
            {
                speakers[f] = speakerOfQuote[qi];
            }
        }

        return speakers;
    }

    /// <summary>
    /// The attribution outside quotations nearest to <paramref name="qt"/> (its own sentences and the next one; the
    /// sentence before only when nothing else is near), or -1, and whether it stands in the quotation's own sentences.
    /// </summary>
    private static (int Speaker, bool Own) NearestSpeaker(TextDocument doc, List<Found> found, List<int> outside, Quotation qt)
    {
        int sFirst = doc.SentenceOf(qt.FirstToken);
        int sLast = doc.SentenceOf(Math.Min(qt.EndToken, doc.TokenCount) - 1);
        int lo = 0;
        int hi = outside.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc.SentenceOf(found[outside[mid]].CueFirst) < sFirst - 1)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int best = -1;
        int bestDistance = int.MaxValue;
        bool own = false;
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
                best = outside[k];
                own = sentence >= sFirst && sentence <= sLast;
            }
        }

        return (best, own);
    }

    /// <summary>
    /// True when <paramref name="next"/> opens a paragraph right after the one in which <paramref name="previous"/>
    /// was left open (no closing mark): the same quote, reopened as news style runs a quote over paragraphs.
    /// </summary>
    private static bool ContinuesQuote(TextDocument doc, Quotation previous, Quotation next)
    {
        int last = Math.Min(previous.EndToken, doc.TokenCount) - 1;
        if (last < 0 || doc[last].Kind == TokenKind.Punctuation && doc.Folded[doc[last].Start] == '"')
        {
            return false; // closed
        }

        int paragraph = doc.Sentences[doc.SentenceOf(next.FirstToken)].Paragraph;
        return doc.Sentences[doc.SentenceOf(last)].Paragraph == paragraph - 1
            && doc.Sentences[doc.Paragraphs[paragraph].FirstSentence].FirstToken == next.FirstToken;
    }

    private sealed record Found(Candidate Source, int CueFirst, int CueLast, bool InQuote, SpanText? Content, bool Transcript)
    {
        /// <summary>True for an agent after a nominal cue ("data from X"); dropped when a verb's source holds it.</summary>
        public bool Nominal { get; init; }

        /// <summary>The attribution type when the cue words alone do not give it ("did not respond" is a refusal).</summary>
        public AttributionType? TypeOverride { get; init; }
    }
}
