using System.Text.Json.Serialization;
using EpistemicScoring.Serialization;

namespace EpistemicScoring;

/// <summary>
/// The kind of text, which changes what counts as enough sourcing and context. Chosen in the options or
/// detected per text, and reported.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextProfile>))]
public enum TextProfile
{
    /// <summary>A reported news story: sources and dates carry most of the weight.</summary>
    NewsReport,

    /// <summary>An analysis or explainer: figures, comparisons and traced conclusions matter most.</summary>
    Analysis,

    /// <summary>An opinion column: argued by design, so the writer's own claims are expected; conclusions must still be traced.</summary>
    Opinion,

    /// <summary>A short wire brief: one or two sources suffice, and little background is expected.</summary>
    WireBrief,
}
