using System.Text.Json;
using System.Text.Json.Serialization;

namespace EpistemicScoring.Serialization;

/// <summary>Writes and reads an enumeration as a camelCase string (<c>namedOrganization</c>), never as a number.</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
