using System.Text.Json;
using System.Text.Json.Serialization;

namespace EpistemicScoring.Serialization;

/// <summary>
/// Reads and writes <see cref="EpistemicScoringOptions"/> and <see cref="ScoringOverrides"/> as JSON in the
/// shape of the objects themselves (camelCase): what <c>--config</c> and <c>--overrides</c> read.
/// </summary>
public static class OptionsJson
{
    internal static readonly JsonSerializerOptions Settings = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads options; properties left out keep their defaults.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The options.</returns>
    /// <exception cref="FormatException">The JSON is malformed or names an unknown setting.</exception>
    public static EpistemicScoringOptions ReadOptions(string json) => Read<EpistemicScoringOptions>(json, "configuration");

    /// <summary>Reads overrides.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The overrides.</returns>
    /// <exception cref="FormatException">The JSON is malformed or names an unknown setting.</exception>
    public static ScoringOverrides ReadOverrides(string json) => Read<ScoringOverrides>(json, "overrides file");

    /// <summary>Writes options as JSON, for a starting configuration file.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(EpistemicScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return JsonSerializer.Serialize(options, Settings);
    }

    private static T Read<T>(string json, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<T>(json, Settings) ?? throw new FormatException($"The {what} is null.");
        }
        catch (JsonException ex)
        {
            string where = ex.Path is null ? string.Empty : $" at {ex.Path}";
            throw new FormatException($"The {what} is not valid{where}: {ex.Message}", ex);
        }
    }
}
