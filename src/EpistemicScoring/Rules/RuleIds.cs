namespace EpistemicScoring.Rules;

/// <summary>
/// The IDs of the built-in rules: <c>EPS</c>, the law's digit, two digits. Stable forever; a retired ID is never
/// reused. A test fails when two rules share an ID.
/// </summary>
public static class RuleIds
{
    /// <summary>Specific, checkable statements (Law 1).</summary>
    public const string SpecificFacts = "EPS101";

    /// <summary>Figures that contradict each other or the record (Law 1).</summary>
    public const string ContradictedFacts = "EPS102";

    /// <summary>The writer's own judgements with nothing to check (Law 1).</summary>
    public const string UnsupportedAssertions = "EPS103";

    /// <summary>Hearsay markers in the writer's voice, per 300 words (Law 1).</summary>
    public const string Hearsay = "EPS104";

    /// <summary>A statement confirmed or echoed by a named source (Law 1).</summary>
    public const string SourceCorroboration = "EPS110";

    /// <summary>Named people quoted in their own words (Law 1).</summary>
    public const string FirstHandSourcing = "EPS111";

    /// <summary>Figures confirmed by supplied reference facts (Law 1).</summary>
    public const string ConfirmedFigures = "EPS120";

    /// <summary>Attributions to named, identifiable sources (Law 2).</summary>
    public const string NamedSources = "EPS201";

    /// <summary>Attributions to unnamed people or vague groups (Law 2).</summary>
    public const string UnnamedSources = "EPS202";

    /// <summary>A text with no attributed source at all (Law 2).</summary>
    public const string NoSources = "EPS203";

    /// <summary>Several distinct named sources (Law 2).</summary>
    public const string DistinctSources = "EPS204";

    /// <summary>Most attributions going to one source (Law 2).</summary>
    public const string SingleSourceReliance = "EPS205";

    /// <summary>Named sources of several types (Law 2).</summary>
    public const string SourceVariety = "EPS206";

    /// <summary>Anonymous sources with no reason given for their anonymity (Law 2).</summary>
    public const string AnonymityWithoutReason = "EPS207";

    /// <summary>Two or more independent named organisations or documents cited (Law 2).</summary>
    public const string IndependentCorroboration = "EPS208";

    /// <summary>Named sources introduced with their role or affiliation (Law 2).</summary>
    public const string IdentifiedByRole = "EPS209";

    /// <summary>Attributions that say how, where or when the source spoke (Law 2).</summary>
    public const string AttributionOccasion = "EPS210";

    /// <summary>Attributions whose verb judges the reported words ("claimed", "admitted") (Law 2).</summary>
    public const string JudgingAttribution = "EPS211";

    /// <summary>Figures inconsistent with each other inside the text (Law 3).</summary>
    public const string InconsistentFigures = "EPS301";

    /// <summary>Figures checked against reference facts (Law 3).</summary>
    public const string ReferenceFigures = "EPS302";

    /// <summary>Figures attributed to a named source (Law 3).</summary>
    public const string AttributedFigures = "EPS310";

    /// <summary>Figures attributed only to unnamed sources (Law 3).</summary>
    public const string UnnamedFigures = "EPS311";

    /// <summary>Precise figures with no source in their sentence (Law 3).</summary>
    public const string UnsourcedPreciseFigures = "EPS303";

    /// <summary>Retired in rule set 0.2.0: it counted the same figures as EPS310 (figures attributed to a named source). Never reused.</summary>
    public const string SourcedFigures = "EPS304";

    /// <summary>The relations between the figures, taken together (Law 3).</summary>
    public const string ConsistencySummary = "EPS305";

    /// <summary>Dates and time anchors that place the story (Law 4).</summary>
    public const string TemporalAnchors = "EPS401";

    /// <summary>More than one side: contrast and opposing sources (Law 4).</summary>
    public const string OtherSides = "EPS402";

    /// <summary>Comparisons and benchmarks: "compared with", shares, ratios (Law 4).</summary>
    public const string Comparisons = "EPS403";

    /// <summary>Background and precedent: "previously", "for the first time since" (Law 4).</summary>
    public const string Background = "EPS404";

    /// <summary>Scope qualifiers: "in some cases", "in part" (Law 4).</summary>
    public const string ScopeQualifiers = "EPS405";

    /// <summary>Sweeping generalisations of the writer's own: "all", "always", "nobody" (Law 4).</summary>
    public const string SweepingGeneralisations = "EPS406";

    /// <summary>Sources that answer or deny one another: "denied", "disputed" (Law 4).</summary>
    public const string OpposingSources = "EPS407";

    /// <summary>Boosters on claims nothing nearby supports (Law 5).</summary>
    public const string UnsupportedBoosters = "EPS501";

    /// <summary>Conclusions and whether they have stated support (Law 5).</summary>
    public const string ConclusionSupport = "EPS502";

    /// <summary>Conclusions tied to their grounds by a connective: "because", "given that", "as shown by" (Law 5).</summary>
    public const string SupportConnectives = "EPS503";

    /// <summary>Conclusions that leap past the facts beside them (Law 5).</summary>
    public const string ConclusionLeaps = "EPS504";

    /// <summary>The share of the writer's assertions that rest on a source or a figure (Law 5).</summary>
    public const string TraceableClaims = "EPS505";

    /// <summary>Unsupported conclusions the writer hedges: uncertainty stated, not hidden (Law 5).</summary>
    public const string CalibratedHedging = "EPS506";

    /// <summary>Conclusions whose only support is a vague attribution: "critics say" (Law 5).</summary>
    public const string WeaselSupport = "EPS507";

    /// <summary>A headline that states what the body hedges, forecasts or has from unnamed sources (Law 5).</summary>
    public const string HeadlineLeap = "EPS508";

    /// <summary>Exclamation marks and shouted capitals in the writer's voice (Law 5).</summary>
    public const string EmphaticOverstatement = "EPS550";

    /// <summary>Questions in the writer's voice (Law 5).</summary>
    public const string RhetoricalQuestions = "EPS551";

    /// <summary>Intensifiers in the writer's voice, per 300 words (Law 5).</summary>
    public const string Intensifiers = "EPS552";

    /// <summary>Loaded words in the writer's voice, per 300 words (Law 5).</summary>
    public const string LoadedLanguage = "EPS553";

    /// <summary>Name calling and labels in the writer's voice, per 300 words (Law 5).</summary>
    public const string NameCalling = "EPS554";

    /// <summary>Exaggeration and minimisation in the writer's voice, per 300 words (Law 5).</summary>
    public const string Exaggeration = "EPS555";

    /// <summary>Appeals to fear in the writer's voice, per 300 words (Law 5).</summary>
    public const string FearAppeal = "EPS556";

    /// <summary>Flag-waving in the writer's voice, per 300 words (Law 5).</summary>
    public const string FlagWaving = "EPS557";

    /// <summary>Slogans, hashtags and thought-terminating clichés in the writer's voice, per 300 words (Law 5).</summary>
    public const string Slogans = "EPS558";

    /// <summary>Black-and-white framing in the writer's voice, per 300 words (Law 5).</summary>
    public const string BlackAndWhite = "EPS559";

    /// <summary>Doubt cast without evidence in the writer's voice, per 300 words (Law 5).</summary>
    public const string DoubtCasting = "EPS560";
}
