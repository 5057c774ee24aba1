using System.Collections.Frozen;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Sources;

/// <summary>
/// Phrases that describe an act of saying or of taking a side ("took aim at", "made the case", "gave a speech"),
/// read from <c>Sources/Data/sources-act-cues.tsv</c>. The phrase is the cue; its subject must be a person, a body
/// or a pronoun standing for one.
/// </summary>
internal static partial class SourceExtractor
{
    private const string ActCueFile = "sources-act-cues.tsv";

    private static readonly FrozenSet<string> Reflexives = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", "yourselves");

    /// <summary>The act phrases by the forms of their head word.</summary>
    private static readonly FrozenDictionary<string, ActCue[]> ActCues = LoadActCues();

    /// <summary>The alternate (span) lookup of <see cref="ActCues"/>, so that a token is looked up without a copy.</summary>
    private static readonly FrozenDictionary<string, ActCue[]>.AlternateLookup<ReadOnlySpan<char>> ActCueLookup = ActCues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An act phrase: the word slots after its head, the type it gives, and its frame.</summary>
    private sealed record ActCue(string Name, FrozenSet<string>[] Rest, AttributionType Type, string Frame);

    private static FrozenDictionary<string, ActCue[]> LoadActCues()
    {
        var byHead = new Dictionary<string, List<ActCue>>(StringComparer.OrdinalIgnoreCase);
        foreach (string[] row in EmbeddedData.Rows(ActCueFile))
        {
            if (row.Length < 6)
            {
                throw new InvalidDataException($"{ActCueFile}: row '{row[0]}' needs six columns.");
            }

            FrozenSet<string>[] rest = row[2] == "-" ? [] : [.. row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(static slot => slot.Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase))];
            string frame = row[4];
            if (frame is not ("verb" or "adjective" or "lead" or "clause-end" or "as-clause"))
            {
                throw new InvalidDataException($"{ActCueFile}: row '{row[0]}' has an unknown frame '{frame}'.");
            }

            var cue = new ActCue(row[0], rest, SourceLexicons.TypeOf(row[3]), frame);
            foreach (string head in row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!byHead.TryGetValue(head, out List<ActCue>? list))
                {
                    byHead[head] = list = [];
                }

                list.Add(cue);
            }
        }

        return byHead.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The act phrase whose head is token <paramref name="i"/>, with the last token of the cue in
    /// <paramref name="last"/> (for a <c>lead</c> phrase, the reporting verb after it), or null.
    /// </summary>
    private static ActCue? MatchActCue(TextDocument doc, SourceLexicons lex, int i, int limitRight, out int last)
    {
        last = -1;
        if (!doc[i].IsLower || !ActCueLookup.TryGetValue(doc.TokenText(i), out ActCue[]? cues)
            || i > 1 && doc[i - 2].Kind == TokenKind.Number
            || i > 0 && (doc[i - 1].Kind == TokenKind.Number || doc.IsIn(i - 1, SourceLexicons.Determiners) || doc.IsIn(i - 1, SourceLexicons.PossessivePronouns)))
        {
            return null; // "12 percentage points to 8", "a push for", "his voice": the head is a noun there
        }

        foreach (ActCue cue in cues)
        {
            int p = i + 1;
            bool ok = true;
            foreach (FrozenSet<string> slot in cue.Rest)
            {
                if (p >= limitRight || !doc[p].IsWord || !SlotHolds(doc, slot, p))
                {
                    ok = false;
                    break;
                }

                p++;
            }

            if (!ok)
            {
                continue;
            }

            last = p - 1;
            switch (cue.Frame)
            {
                case "lead" when IsCueWord(doc, lex, p) && p < limitRight:
                    last = p;
                    return cue;
                case "lead":
                    continue;
                case "clause-end" when p < doc.TokenCount && !doc[p].IsWord && doc[p].Kind != TokenKind.Number:
                    return cue;
                case "clause-end":
                    continue;
                case "as-clause" when doc.Is(p, "that") || AsFollows(doc, p, limitRight):
                    return cue;
                case "as-clause":
                    continue;
                default:
                    return cue;
            }
        }

        last = -1;
        return null;
    }

    /// <summary>An "as" within ten words from <paramref name="p"/>, after at least one word and with no punctuation between ("sees the vote as").</summary>
    private static bool AsFollows(TextDocument doc, int p, int limitRight)
    {
        for (int k = p; k < limitRight && k - p <= 10 && doc[k].IsWord; k++)
        {
            if (k > p && doc.Is(k, "as"))
            {
                return !doc.Is(k + 1, "well") && !doc.Is(k + 1, "soon") && !doc.Is(k - 1, "as") && !doc.Is(k - 1, "such");
            }
        }

        return false;
    }

    private static bool SlotHolds(TextDocument doc, FrozenSet<string> slot, int p) =>
        doc.IsIn(p, slot)
        || slot.Contains("POSS") && doc.IsIn(p, SourceLexicons.PossessivePronouns)
        || slot.Contains("REFL") && doc.IsIn(p, Reflexives);

    /// <summary>
    /// A subject an act phrase takes: a person, a body or a pronoun for one; never "it", "this", a document or a
    /// phrase ending in a cue noun ("the statement makes clear", "two earlier opinions made clear").
    /// </summary>
    private static bool IsActor(TextDocument doc, SourceLexicons lex, Candidate source) =>
        !(lex.Nouns.Contains(doc.TokenText(source.Last)) || lex.Documents.Contains(doc.TokenText(source.Last)))
        && (source.Kind is SourceKind.NamedPerson or SourceKind.NamedOrganization or SourceKind.IdentifiedRole or SourceKind.Anonymous or SourceKind.VagueGroup
        || source.Kind == SourceKind.Pronoun && !(doc.Is(source.First, "it") || doc.Is(source.First, "this") || doc.Is(source.First, "which") || doc.Is(source.First, "that")));

    /// <summary>
    /// True for the head of an outlook phrase ("sees", "views", "regards", frame <c>as-clause</c>): "Ruiz sees the toll
    /// as a tax" is mostly the writer's reading of Ruiz's outlook, which Law 2 does not count as sourcing by Ruiz.
    /// </summary>
    internal static bool IsOutlookVerb(string word) =>
        ActCueLookup.TryGetValue(word, out ActCue[]? cues) && Array.Exists(cues, static c => c.Frame == "as-clause");

    /// <summary>The cue family an act phrase gives, in the lexicon's tag words (the grammar reads stance apart).</summary>
    private static string ActFamily(ActCue act) => act.Type switch
    {
        AttributionType.Stance => "stance",
        AttributionType.Belief => "belief",
        _ => "speech",
    };
}
