using System.Text.Json.Serialization;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Reports;

/// <summary>How identifiable the source of an attribution is, from named to anonymous.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SourceKind>))]
public enum SourceKind
{
    /// <summary>A person named in the text ("CEPR economist Dean Baker").</summary>
    NamedPerson,

    /// <summary>A named body: outlet, agency, ministry, company, party, poll ("Reuters", "a spokesman for Disney").</summary>
    NamedOrganization,

    /// <summary>Unnamed but unique and findable ("the Commerce Secretary", "the White House", "the ministry").</summary>
    IdentifiedRole,

    /// <summary>A named document or data set ("the 2024 Census", "the Mueller report").</summary>
    NamedDocument,

    /// <summary>A pronoun or relative ("he", "she", "they", "who").</summary>
    Pronoun,

    /// <summary>Unnamed people ("a senior official", "people familiar with the matter", "F.B.I. officials").</summary>
    Anonymous,

    /// <summary>A vague group ("critics", "experts", "some say").</summary>
    VagueGroup,

    /// <summary>An unnamed document ("a report", "studies show").</summary>
    UnnamedDocument,
}

/// <summary>What kind of attribution a cue makes (<c>sources[].type</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AttributionType>))]
public enum AttributionType
{
    /// <summary>Speech: said, told, added, according to, a quotation, a transcript label.</summary>
    Speech,

    /// <summary>Writing: wrote, tweeted, in a statement, a report says, court filings show.</summary>
    Writing,

    /// <summary>Belief, expectation and feeling: believes, thinks, expects, fears, hopes, doubts.</summary>
    Belief,

    /// <summary>Perception and knowledge: knows, saw, learned, realises, discovered; data and polls showing.</summary>
    Perception,

    /// <summary>Intention and desire: wants, plans, aims, intends, hopes to, is ready to.</summary>
    Intention,

    /// <summary>Stance for or against: supports, endorses, praises, defends, opposes, slammed, blasted.</summary>
    Stance,

    /// <summary>Decree and decision: approved, ordered, ruled, vetoed, signed into law.</summary>
    Decree,

    /// <summary>Refusal to say: declined to comment, did not respond, refused to say.</summary>
    Refusal,
}

/// <summary>What kind of quantity a number mention is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<NumberKind>))]
public enum NumberKind
{
    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>A percentage.</summary>
    Percent,

    /// <summary>Percentage points, including poll-lead "points".</summary>
    PercentagePoints,

    /// <summary>A plain count.</summary>
    Count,

    /// <summary>A measured quantity with a unit.</summary>
    Measure,

    /// <summary>A fraction or share ("a third", "six in 10").</summary>
    Fraction,

    /// <summary>A ratio ("two-to-one").</summary>
    Ratio,

    /// <summary>A multiple ("twice", "three times").</summary>
    Multiple,

    /// <summary>An ordinal ("third", "21st").</summary>
    Ordinal,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>A date.</summary>
    Date,

    /// <summary>A time of day.</summary>
    Time,

    /// <summary>Digits inside names and identifiers ("EB-5", "S&amp;P 500").</summary>
    Other,
}

/// <summary>The relation a numeric check tests.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<NumericCheckKind>))]
public enum NumericCheckKind
{
    /// <summary>One quantity stated twice.</summary>
    Repeat,

    /// <summary>Part and whole against a stated percentage.</summary>
    Share,

    /// <summary>Before and after against a stated change.</summary>
    Change,

    /// <summary>Parts against a stated total.</summary>
    Total,

    /// <summary>A stated multiple.</summary>
    Ratio,

    /// <summary>A figure against supplied reference facts.</summary>
    Reference,
}

/// <summary>The outcome of a numeric check.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<NumericCheckStatus>))]
public enum NumericCheckStatus
{
    /// <summary>The figures agree with each other.</summary>
    Consistent,

    /// <summary>The figures disagree with each other.</summary>
    Inconsistent,

    /// <summary>A reference fact confirms the figure.</summary>
    Confirmed,

    /// <summary>A reference fact contradicts the figure.</summary>
    Contradicted,

    /// <summary>No reference fact covers the figure.</summary>
    Unverifiable,
}

/// <summary>The kind of an uncertainty or certainty cue.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<HedgeKind>))]
public enum HedgeKind
{
    /// <summary>Epistemic hedge: may, might, appears, suggests, possibly.</summary>
    Hedge,

    /// <summary>Belief or expectation: believe, expect, is considered.</summary>
    Doxastic,

    /// <summary>Open question: whether, to determine if.</summary>
    Investigation,

    /// <summary>Condition: if, unless.</summary>
    Condition,

    /// <summary>Vague attribution: some say, it is believed, many experts.</summary>
    Weasel,

    /// <summary>Attribution hedge: reportedly, allegedly.</summary>
    AttributionHedge,

    /// <summary>Booster: clearly, undoubtedly, will certainly.</summary>
    Booster,
}

/// <summary>What a sentence does in the argument of the text.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ClaimType>))]
public enum ClaimType
{
    /// <summary>
    /// Not a claim of its own: a heading or fragment, or a sentence spoken wholly inside a quotation whose speaker is
    /// named in the sentence it runs on from or leads into (the quotation counts once, with that sentence).
    /// </summary>
    None,

    /// <summary>A statement attributed to a source.</summary>
    Attributed,

    /// <summary>A factual assertion carrying a figure, date or named entity.</summary>
    Factual,

    /// <summary>An evaluation or opinion.</summary>
    Evaluation,

    /// <summary>A prediction.</summary>
    Prediction,

    /// <summary>An inference or conclusion.</summary>
    Inference,

    /// <summary>A question.</summary>
    Question,
}
