using System.Collections.Frozen;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>
/// Finds attributions ("X said", "said X", "according to X") and grades each source on the ladder from
/// named to anonymous.
/// </summary>
internal static class SourceExtractor
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "he", "she", "they", "we", "i", "it", "who");

    private static readonly FrozenSet<string> OrganizationCues = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "ministry", "department", "bank", "institute", "university", "agency", "inc.", "corp.", "party",
        "commission", "council", "committee", "office", "association", "foundation", "times", "post", "news",
        "journal", "reuters", "ap", "bureau", "court", "company", "group", "center", "centre", "board", "ilbo");

    public static List<SourceMention> Extract(TextDocument doc, LexiconSet lexicons)
    {
        var result = new List<SourceMention>();
        Lexicon cues = lexicons["attribution-cues"];
        Lexicon anonymous = lexicons["anonymous-sources"];
        Lexicon vague = lexicons["vague-sources"];
        foreach (Sentence sentence in doc.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (doc.IsInQuote(i))
                {
                    continue;
                }

                if (doc.Is(i, "according") && doc.Is(i + 1, "to") && i + 2 < sentence.EndToken)
                {
                    if (TryRightSource(doc, i + 2, sentence.EndToken, anonymous, vague, out SourceMention? s))
                    {
                        result.Add(s with { Cue = SpanText.From(doc.SpanOf(i, i + 1), doc.Text) });
                    }

                    continue;
                }

                if (doc[i].Kind != TokenKind.Word || !cues.Contains(doc.TokenText(i)))
                {
                    continue;
                }

                SpanText cue = SpanText.From(doc[i].Span, doc.Text);
                if (TryLeftSource(doc, i - 1, sentence.FirstToken, anonymous, vague, out SourceMention? left))
                {
                    result.Add(left with { Cue = cue });
                }
                else if (i + 1 < sentence.EndToken && TryRightSource(doc, i + 1, sentence.EndToken, anonymous, vague, out SourceMention? right))
                {
                    result.Add(right with { Cue = cue });
                }
            }
        }

        return result;
    }

    private static bool TryLeftSource(TextDocument doc, int end, int limit, Lexicon anonymous, Lexicon vague, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SourceMention? mention)
    {
        mention = null;
        if (end < limit || doc[end].Kind != TokenKind.Word)
        {
            return false;
        }

        if (doc.IsIn(end, Pronouns))
        {
            mention = Make(doc, end, end, SourceKind.Pronoun);
            return true;
        }

        // Lexicon phrases ending here: try each start within four tokens.
        for (int start = Math.Max(limit, end - 5); start <= end; start++)
        {
            if (anonymous.TryMatch(doc, start, end + 1, out int count, out _) && start + count - 1 == end)
            {
                mention = Make(doc, start, end, SourceKind.Anonymous);
                return true;
            }

            if (vague.TryMatch(doc, start, end + 1, out count, out _) && start + count - 1 == end)
            {
                mention = Make(doc, start, end, SourceKind.VagueGroup);
                return true;
            }
        }

        if (!doc[end].IsCapitalized)
        {
            // "the mayor said": a definite role.
            if (end - 1 >= limit && doc.Is(end - 1, "the") && doc[end].IsLower)
            {
                mention = Make(doc, end - 1, end, SourceKind.IdentifiedRole);
                return true;
            }

            return false;
        }

        int first = end;
        while (first - 1 >= limit && doc[first - 1].IsCapitalized)
        {
            first--;
        }

        mention = Make(doc, first, end, Classify(doc, first, end));
        return true;
    }

    private static bool TryRightSource(TextDocument doc, int start, int limit, Lexicon anonymous, Lexicon vague, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SourceMention? mention)
    {
        mention = null;
        if (doc.IsIn(start, Pronouns))
        {
            mention = Make(doc, start, start, SourceKind.Pronoun);
            return true;
        }

        if (anonymous.TryMatch(doc, start, limit, out int count, out _))
        {
            mention = Make(doc, start, start + count - 1, SourceKind.Anonymous);
            return true;
        }

        if (vague.TryMatch(doc, start, limit, out count, out _))
        {
            mention = Make(doc, start, start + count - 1, SourceKind.VagueGroup);
            return true;
        }

        int first = start;
        if (doc.Is(first, "the") && first + 1 < limit)
        {
            first++;
        }

        if (!doc[first].IsCapitalized)
        {
            return false;
        }

        int last = first;
        while (last + 1 < limit && doc[last + 1].IsCapitalized)
        {
            last++;
        }

        mention = Make(doc, start, last, start != first ? SourceKind.IdentifiedRole : Classify(doc, first, last));
        return true;
    }

    private static SourceKind Classify(TextDocument doc, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (doc.IsIn(i, OrganizationCues) || doc[i].IsAllCaps)
            {
                return SourceKind.NamedOrganization;
            }
        }

        return SourceKind.NamedPerson;
    }

    private static SourceMention Make(TextDocument doc, int first, int last, SourceKind kind)
    {
        TextSpan span = doc.SpanOf(first, last);
        string text = span.ToString(doc.Text);
        bool named = kind is SourceKind.NamedPerson or SourceKind.NamedOrganization or SourceKind.IdentifiedRole or SourceKind.NamedDocument;
        return new SourceMention
        {
            Start = span.Start,
            Length = span.Length,
            Text = text,
            Kind = kind,
            Named = named,
            Key = CharFolding.Fold(text).ToLowerInvariant(),
        };
    }
}
