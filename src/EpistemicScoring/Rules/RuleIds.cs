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

    /// <summary>Figures confirmed by supplied reference facts (Law 1).</summary>
    public const string ConfirmedFigures = "EPS120";

    /// <summary>Attributions to named, identifiable sources (Law 2).</summary>
    public const string NamedSources = "EPS201";

    /// <summary>Attributions to unnamed people or vague groups (Law 2).</summary>
    public const string UnnamedSources = "EPS202";

    /// <summary>A text with no attributed source at all (Law 2).</summary>
    public const string NoSources = "EPS203";

    /// <summary>Figures inconsistent with each other inside the text (Law 3).</summary>
    public const string InconsistentFigures = "EPS301";

    /// <summary>Figures checked against reference facts (Law 3).</summary>
    public const string ReferenceFigures = "EPS302";

    /// <summary>Precise figures with no source in their sentence (Law 3).</summary>
    public const string UnsourcedPreciseFigures = "EPS303";

    /// <summary>Figures attributed to a named source (Law 3).</summary>
    public const string SourcedFigures = "EPS304";

    /// <summary>The relations between the figures, taken together (Law 3).</summary>
    public const string ConsistencySummary = "EPS305";

    /// <summary>Dates and time anchors that place the story (Law 4).</summary>
    public const string TemporalAnchors = "EPS401";

    /// <summary>More than one side: contrast and opposing sources (Law 4).</summary>
    public const string OtherSides = "EPS402";

    /// <summary>Boosters on claims nothing nearby supports (Law 5).</summary>
    public const string UnsupportedBoosters = "EPS501";

    /// <summary>Conclusions and whether they have stated support (Law 5).</summary>
    public const string ConclusionSupport = "EPS502";

    /// <summary>Exclamation marks and shouted capitals in the writer's voice (Law 5).</summary>
    public const string EmphaticOverstatement = "EPS550";

    /// <summary>Questions in the writer's voice (Law 5).</summary>
    public const string RhetoricalQuestions = "EPS551";
}
