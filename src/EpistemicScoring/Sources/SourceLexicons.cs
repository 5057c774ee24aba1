using System.Collections.Frozen;
using EpistemicScoring.Internal;
using EpistemicScoring.Lexicons;
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

    /// <summary>Intention verbs that need an infinitive ("wants to").</summary>
    public static FrozenSet<string> NeedsTo { get; } = EmbeddedData.Class(Classes, ClassesFile, "needs-to");

    /// <summary>Participles that take their subject from the main clause (", saying ...").</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    public static bool IsPossessiveClitic(TextDocument doc, int i) =>
        (uint)i < (uint)doc.TokenCount && (doc.Is(i, "'s") || doc.Is(i, "'") || doc.Is(i, "s") && doc.IsAttachedToPrevious(i) && i > 0 && doc.Is(i - 1, "'"));

    public string? Tag(Lexicon lexicon, TextDocument doc, int i) =>
        lexicon.TryGet(doc.TokenText(i), out LexiconEntry? e) ? e.Tag ?? string.Empty : null;
}
