using System.Text.Json.Serialization;

namespace EpistemicScoring.Reports;

/// <summary>A span with the text it covers.</summary>
/// <param name="Start">UTF-16 index of the first character.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The covered text.</param>
public sealed record SpanText(int Start, int Length, string Text)
{
    /// <summary>The span as a <see cref="TextSpan"/>.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);

    /// <summary>Creates an instance from a span of <paramref name="text"/>.</summary>
    /// <param name="span">The span.</param>
    /// <param name="text">The string it indexes.</param>
    /// <returns>The span with its text.</returns>
    public static SpanText From(TextSpan span, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(span.Start, span.Length, span.ToString(text));
    }
}

/// <summary>A bare span, as written in <c>numericChecks[].spans</c>.</summary>
/// <param name="Start">UTF-16 index of the first character.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
public sealed record SpanRef(int Start, int Length);

/// <summary>One attribution: who a claim, belief or intention is attributed to.</summary>
public sealed record SourceMention
{
    /// <summary>Start of the words filling the source slot.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the source span.</summary>
    public required int Length { get; init; }

    /// <summary>The source words ("CEPR economist Dean Baker", "officials", "he").</summary>
    public required string Text { get; init; }

    /// <summary>Where on the ladder from named to anonymous the source stands.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>True when a reader could identify the source.</summary>
    public required bool Named { get; init; }

    /// <summary>Lower-case canonical name that groups mentions of the same source.</summary>
    public required string Key { get; init; }

    /// <summary>The attributing expression ("said", "according to"), or null.</summary>
    public SpanText? Cue { get; init; }

    /// <summary>The attributed words, or null.</summary>
    public SpanText? Content { get; init; }

    /// <summary>The span a pronoun or back-reference resolves to, or null.</summary>
    public SpanText? Antecedent { get; init; }

    /// <summary>
    /// For an unnamed source, the words saying why it is unnamed or that its name was withheld ("who spoke on
    /// condition of anonymity", "who was not authorized to discuss the talks"), or null.
    /// </summary>
    public SpanText? AnonymityReason { get; init; }

    /// <summary>What kind of attribution the cue makes: speech, writing, belief, perception, intention, stance, decree or refusal.</summary>
    public AttributionType Type { get; init; }

    /// <summary>True when the attribution sits inside another attribution's content or inside a quotation (a belief reported within reported speech).</summary>
    public bool Nested { get; init; }

    /// <summary>
    /// True for an unnamed member of the public quoted as a witness or passer-by ("a cashier said", "neighbours
    /// said"): a vox-pop source, which Law 2 does not weigh as an unnamed official. Not part of the report JSON.
    /// </summary>
    [JsonIgnore]
    internal bool OrdinaryPerson { get; init; }

    /// <summary>The source span.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

/// <summary>One numeric mention with its normalised value.</summary>
public sealed record NumberMention
{
    /// <summary>Start of the number expression (approximators stay outside).</summary>
    public required int Start { get; init; }

    /// <summary>Length of the number expression.</summary>
    public required int Length { get; init; }

    /// <summary>The expression as written.</summary>
    public required string Text { get; init; }

    /// <summary>The kind of quantity.</summary>
    public required NumberKind Kind { get; init; }

    /// <summary>The normalised, unsigned value (money in whole currency units, percent as written).</summary>
    public required double Value { get; init; }

    /// <summary>ISO 4217 code for money, <c>%</c>, <c>pp</c>, the unit word of a measure, or null.</summary>
    public string? Unit { get; init; }

    /// <summary>True when an approximator ("about", "more than") qualifies the figure.</summary>
    public required bool Approximate { get; init; }

    /// <summary>
    /// The subject key: lower-case head words of the noun phrase the figure belongs to ("schools",
    /// "americans", "fund"), or null when the text gives none next to the figure. Checks compare only figures
    /// whose subjects and units agree.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subject { get; init; }

    /// <summary>
    /// True when the digits could not be normalised (more than 64 characters, or beyond the range of a double,
    /// such as a figure of more than 308 digits): the mention is listed as written with kind <c>other</c> and value
    /// 0, and no check uses it. Written only when true.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool NotNormalised { get; init; }

    /// <summary>Index of the first token of the expression (not serialised).</summary>
    internal int FirstToken { get; init; }

    /// <summary>Index of the last token of the expression (not serialised).</summary>
    internal int LastToken { get; init; }

    /// <summary>How the approximator bounds the figure (not serialised).</summary>
    internal Numbers.NumberBound Bound { get; init; }

    /// <summary>The stated precision: the figure stands for value ± step / 2 (not serialised).</summary>
    internal double Step { get; init; } = 1;

    /// <summary>The span of the expression.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

/// <summary>The result of checking figures against each other or against reference facts.</summary>
public sealed record NumericCheck
{
    /// <summary>The relation tested.</summary>
    public required NumericCheckKind Kind { get; init; }

    /// <summary>The outcome.</summary>
    public required NumericCheckStatus Status { get; init; }

    /// <summary>What was compared, in words.</summary>
    public required string Message { get; init; }

    /// <summary>The spans of the figures involved.</summary>
    public required IReadOnlyList<SpanRef> Spans { get; init; }
}

/// <summary>An uncertainty or certainty cue.</summary>
/// <param name="Start">Start of the cue.</param>
/// <param name="Length">Length of the cue.</param>
/// <param name="Text">The cue as written.</param>
/// <param name="Kind">The kind of cue.</param>
public sealed record HedgeCue(int Start, int Length, string Text, HedgeKind Kind)
{
    /// <summary>True when the cue stands inside a direct quotation (it belongs to the speaker).</summary>
    public bool InQuote { get; init; }

    /// <summary>
    /// How strongly the cue signals uncertainty (or certainty, for a booster), from its lexicon entry: 1 for a plain
    /// cue, less for weak or ambiguous ones ("could" 0.6, "tend to" 0.4, the absolutes "always"/"never" 0.3).
    /// </summary>
    [JsonIgnore]
    internal double Weight { get; init; } = 1;

    /// <summary>The span of the cue.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

/// <summary>One sentence of the text.</summary>
/// <param name="Start">Start of the sentence.</param>
/// <param name="Length">Length of the sentence.</param>
/// <param name="Uncertain">True when the sentence holds an uncertainty cue in its uncertain sense.</param>
public sealed record SentenceInfo(int Start, int Length, bool Uncertain)
{
    /// <summary>What the sentence does in the argument.</summary>
    public ClaimType ClaimType { get; init; }

    /// <summary>The span of the sentence.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}
