using System.Text.Json.Serialization;
using EpistemicScoring.Serialization;

namespace EpistemicScoring;

/// <summary>The verdict on one law, or on the text as a whole.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Verdict>))]
public enum Verdict
{
    /// <summary>The text gives too little to judge.</summary>
    Insufficient = 0,

    /// <summary>The law is poorly met.</summary>
    Low = 1,

    /// <summary>The law is partly met.</summary>
    Moderate = 2,

    /// <summary>The law is well met.</summary>
    High = 3,
}
