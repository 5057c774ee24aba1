using System.Text.Json.Serialization;
using EpistemicScoring.Serialization;

namespace EpistemicScoring;

/// <summary>The Five Laws of Epistemic Integrity, in the order every report lists them.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Law>))]
public enum Law
{
    /// <summary>Law 1: facts reported first-hand, specific, corroborated and free of contradictions.</summary>
    Truthfulness = 1,

    /// <summary>Law 2: who is cited, named people and bodies or unnamed officials and vague groups.</summary>
    SourceReferencing = 2,

    /// <summary>Law 3: figures that are consistent inside the text and with known reference facts.</summary>
    ReliabilityAccuracy = 3,

    /// <summary>Law 4: dates, comparisons, background and more than one side.</summary>
    ContextualJudgment = 4,

    /// <summary>Law 5: conclusions that can be traced to stated evidence without leaps or overclaiming.</summary>
    InferenceTraceability = 5,
}

/// <summary>Helpers for <see cref="Law"/>.</summary>
public static class Laws
{
    /// <summary>The five laws in report order.</summary>
    public static IReadOnlyList<Law> All { get; } =
        [Law.Truthfulness, Law.SourceReferencing, Law.ReliabilityAccuracy, Law.ContextualJudgment, Law.InferenceTraceability];

    /// <summary>The title people read, as in the hand-written five-law write-ups.</summary>
    /// <param name="law">The law.</param>
    /// <returns>The display title.</returns>
    public static string Title(this Law law) => law switch
    {
        Law.Truthfulness => "Truthfulness of Information",
        Law.SourceReferencing => "Source Referencing",
        Law.ReliabilityAccuracy => "Reliability & Accuracy",
        Law.ContextualJudgment => "Contextual Judgment",
        Law.InferenceTraceability => "Inference Traceability",
        _ => throw new ArgumentOutOfRangeException(nameof(law), law, "Unknown law."),
    };

    /// <summary>The camelCase name used in JSON (<c>sourceReferencing</c>).</summary>
    /// <param name="law">The law.</param>
    /// <returns>The JSON name.</returns>
    public static string JsonName(this Law law) => law switch
    {
        Law.Truthfulness => "truthfulness",
        Law.SourceReferencing => "sourceReferencing",
        Law.ReliabilityAccuracy => "reliabilityAccuracy",
        Law.ContextualJudgment => "contextualJudgment",
        Law.InferenceTraceability => "inferenceTraceability",
        _ => throw new ArgumentOutOfRangeException(nameof(law), law, "Unknown law."),
    };
}
