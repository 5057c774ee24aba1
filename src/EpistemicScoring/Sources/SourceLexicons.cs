using System.Collections.Frozen;
using EpistemicScoring.Internal;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Sources;

/// <summary>
/// The word lists the source extractor reads: the embedded lexicons (data, user-extendable) plus the closed
/// grammatical classes (pronouns, determiners, prepositions, auxiliaries) of <c>Sources/Data/sources-word-classes.tsv</c>.
/// </summary>
internal sealed class SourceLexicons
{
    /// <summary>The stage's closed word classes (declared first: the class properties below are read from it).</summary>
    internal const string ClassesFile = "sources-word-classes.tsv";

    internal static readonly FrozenDictionary<string, FrozenSet<string>> Classes = EmbeddedData.WordClasses(ClassesFile);

    public SourceLexicons(LexiconSet set)
    {
        Cues = set["attribution-cues"];
        Nouns = set["attribution-nouns"];
        Anonymous = set["anonymous-sources"];
        Vague = set["vague-sources"];
        Documents = set["source-documents"];
        Titles = set["source-titles"];
        Organisations = set["source-organisations"];
        NonSources = set["non-sources"];
    }

    public Lexicon Cues { get; }

    public Lexicon Nouns { get; }

    public Lexicon Anonymous { get; }

    public Lexicon Vague { get; }

    public Lexicon Documents { get; }

    public Lexicon Titles { get; }

    public Lexicon Organisations { get; }

    public Lexicon NonSources { get; }

    /// <summary>Subject pronouns that fill a source slot on their own.</summary>
    public static FrozenSet<string> SubjectPronouns { get; } = EmbeddedData.Class(Classes, ClassesFile, "subject-pronouns");

    /// <summary>Possessive pronouns: a source before a nominal cue ("his claim", "in her view").</summary>
    public static FrozenSet<string> PossessivePronouns { get; } = EmbeddedData.Class(Classes, ClassesFile, "possessive-pronouns");

    /// <summary>Titles of an office named after its body ("Secretary of State", "Minister of Trade"), not of a spokesperson.</summary>
    public static FrozenSet<string> OfficeTitles { get; } = EmbeddedData.Class(Classes, ClassesFile, "office-titles");

    /// <summary>Quantifiers that stand alone for unnamed people in a source slot ("another said", "both agreed").</summary>
    public static FrozenSet<string> QuantifierPronouns { get; } = EmbeddedData.Class(Classes, ClassesFile, "quantifier-pronouns");

    /// <summary>Head nouns of unnamed members of the public quoted as witnesses or passers-by ("a cashier", "neighbours").</summary>
    public static FrozenSet<string> OrdinaryPeople { get; } = EmbeddedData.Class(Classes, ClassesFile, "ordinary-people");

    /// <summary>Shares that stand for poll respondents ("a third of independents said", "a majority say").</summary>
    public static FrozenSet<string> PollShares { get; } = EmbeddedData.Class(Classes, ClassesFile, "poll-shares");

    /// <summary>Number words in a share of respondents ("four in 10", "one in five").</summary>
    public static FrozenSet<string> CountWords { get; } = EmbeddedData.Class(Classes, ClassesFile, "count-words");

    /// <summary>Words that open a noun phrase; the leftward scan stops after one.</summary>
    public static FrozenSet<string> Determiners { get; } = EmbeddedData.Class(Classes, ClassesFile, "determiners");

    /// <summary>Words a noun phrase never crosses.</summary>
    public static FrozenSet<string> Stops { get; } = EmbeddedData.Class(Classes, ClassesFile, "stops");

    /// <summary>Words skipped between a subject and its verb cue ("has also said", "on Sunday repeated").</summary>
    public static FrozenSet<string> Auxiliaries { get; } = EmbeddedData.Class(Classes, ClassesFile, "auxiliaries");

    /// <summary>
    /// Words that open a generic phrase and are capitalised at the start of a sentence only by position
    /// ("Several reports", "Recent studies", "Some Democrats"): never part of a name there.
    /// </summary>
    public static FrozenSet<string> GenericLeads { get; } = EmbeddedData.Class(Classes, ClassesFile, "generic-leads");

    /// <summary>Nouns ending in -ly that are not adverbs ("an Israeli daily said", "a Spanish weekly reported").</summary>
    public static FrozenSet<string> LyNouns { get; } = EmbeddedData.Class(Classes, ClassesFile, "ly-nouns");

    /// <summary>Lower-case time units after "last" or "this" between a subject and its cue ("a study last year found").</summary>
    public static FrozenSet<string> TimeUnits { get; } = EmbeddedData.Class(Classes, ClassesFile, "time-units");

    /// <summary>Forms of "be": before a past participle they make a passive.</summary>
    public static FrozenSet<string> Be { get; } = EmbeddedData.Class(Classes, ClassesFile, "be");

    /// <summary>Name particles that may stand lower-case inside a name ("van der Berg", "bin Salman").</summary>
    public static FrozenSet<string> Particles { get; } = EmbeddedData.Class(Classes, ClassesFile, "particles");

    private const string FrameFile = "sources-cue-frames.tsv";

    private static readonly FrozenDictionary<string, FrozenSet<string>> Frames = EmbeddedData.WordClasses(FrameFile);

    /// <summary>Verbs that attribute only with a following "to" ("wants to"): frame <c>infinitive</c>.</summary>
    public static FrozenSet<string> NeedsTo { get; } = EmbeddedData.Class(Frames, FrameFile, "infinitive");

    /// <summary>Verbs whose cue takes a following "to" but that attribute without one ("wants a pier"): frame <c>infinitive-too</c>.</summary>
    public static FrozenSet<string> InfinitiveToo { get; } = EmbeddedData.Class(Frames, FrameFile, "infinitive-too");

    /// <summary>Adjectives that attribute after a form of "be" ("is convinced that"): frame <c>adjective</c>.</summary>
    public static FrozenSet<string> Adjectives { get; } = EmbeddedData.Class(Frames, FrameFile, "adjective");

    /// <summary>Verbs whose subject must be a document, body or role ("the poll shows"): frame <c>document-subject</c>.</summary>
    public static FrozenSet<string> DocumentSubject { get; } = EmbeddedData.Class(Frames, FrameFile, "document-subject");

    /// <summary>Verbs whose object is the hearer ("told reporters"): frame <c>recipient</c>.</summary>
    public static FrozenSet<string> RecipientVerbs { get; } = EmbeddedData.Class(Frames, FrameFile, "recipient");

    /// <summary>Verbs that report only a quotation in their sentence or after a colon ("he continued"): frame <c>quotation</c>.</summary>
    public static FrozenSet<string> QuotationOnly { get; } = EmbeddedData.Class(Frames, FrameFile, "quotation");

    /// <summary>Reporting verbs that may stand before their subject ("..., said Ruiz", '"...," wrote Lee'): frame <c>inverts</c>.</summary>
    public static FrozenSet<string> Inverts { get; } = EmbeddedData.Class(Frames, FrameFile, "inverts");

    /// <summary>Participles that modify a noun before a preposition ("the engineers listed in"): frame <c>reduced-relative</c>.</summary>
    public static FrozenSet<string> ReducedRelative { get; } = EmbeddedData.Class(Frames, FrameFile, "reduced-relative");

    /// <summary>Verbs that put out a document ("issued a statement", "wrote a letter"): frame <c>light-verb</c>.</summary>
    public static FrozenSet<string> LightVerbs { get; } = EmbeddedData.Class(Frames, FrameFile, "light-verb");

    /// <summary>Verb forms that are also nouns ("questions", "demands"): frame <c>noun-too</c>.</summary>
    public static FrozenSet<string> NounToo { get; } = EmbeddedData.Class(Frames, FrameFile, "noun-too");

    /// <summary>Cue words that attribute only with a following particle ("talked about"), with their particles.</summary>
    public static FrozenDictionary<string, FrozenSet<string>> CueParticles { get; } = EmbeddedData.Keyed(
        "sources-cue-particles.tsv", static row => (row.Length > 1 ? row[1] : string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Cue words that do not attribute before a given particle ("add up", "backed away"), with those particles.</summary>
    public static FrozenDictionary<string, FrozenSet<string>> CueCancels { get; } = EmbeddedData.Keyed(
        "sources-cue-cancels.tsv", static row => (row.Length > 1 ? row[1] : string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The attribution type a lexicon tag gives (untagged and <c>prep</c> cues are speech).</summary>
    public static AttributionType TypeOf(string? tag) => tag switch
    {
        "writing" => AttributionType.Writing,
        "belief" => AttributionType.Belief,
        "perception" => AttributionType.Perception,
        "intention" => AttributionType.Intention,
        "stance" => AttributionType.Stance,
        "decree" => AttributionType.Decree,
        "refusal" => AttributionType.Refusal,
        _ => AttributionType.Speech,
    };

    /// <summary>Participles that take their subject from the main clause (", saying ...").</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>A negated auxiliary written as one token ("didn't", "wouldn't", "hasn't").</summary>
    public static bool IsNegatedAux(TextDocument doc, int i) =>
        (uint)i < (uint)doc.TokenCount && doc[i].Length > 3 && doc.TokenText(i).EndsWith("n't", StringComparison.OrdinalIgnoreCase);

    /// <summary>A negated modal of ability or hypothesis ("wouldn't", "couldn't", "can't"), not the future "won't".</summary>
    public static bool IsNegatedModal(TextDocument doc, int i) =>
        IsNegatedAux(doc, i) && doc.TokenText(i) is var w && (w.StartsWith("would", StringComparison.OrdinalIgnoreCase) || w.StartsWith("could", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("ca", StringComparison.OrdinalIgnoreCase) || w.StartsWith("should", StringComparison.OrdinalIgnoreCase) || w.StartsWith("might", StringComparison.OrdinalIgnoreCase) || w.StartsWith("must", StringComparison.OrdinalIgnoreCase));

    public static bool IsPossessiveClitic(TextDocument doc, int i) =>
        (uint)i < (uint)doc.TokenCount && (doc.Is(i, "'s") || doc.Is(i, "'") || doc.Is(i, "s") && doc.IsAttachedToPrevious(i) && i > 0 && doc.Is(i - 1, "'"));

    public string? Tag(Lexicon lexicon, TextDocument doc, int i) =>
        lexicon.TryGet(doc.TokenText(i), out LexiconEntry? e) ? e.Tag ?? string.Empty : null;
}
