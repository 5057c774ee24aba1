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
        Converters = { new StrictEnumConverter() },
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        MaxDepth = JsonInputCheck.MaxDepth,
    };

    /// <summary>The settings that may be null: a rule's weight (the default), the profile (detected), and a fact's optional strings.</summary>
    private static readonly HashSet<string> Nullable = new(["weight", "profile", "unit", "source", "asOf", "tag"], StringComparer.OrdinalIgnoreCase);

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

    /// <summary>The serializer's message without its trailing position and with CLR type names said in words.</summary>
    private static string Plain(string message)
    {
        int at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        string text = at > 0 ? message[..at] : message;
        if (text.Contains("could not be converted to", StringComparison.Ordinal)
            && (text.Contains("IDictionary", StringComparison.Ordinal) || text.Contains("converted to EpistemicScoring.", StringComparison.Ordinal)))
        {
            return "the value has the wrong type (an object expected)";
        }

        if (text.Contains("could not be converted to", StringComparison.Ordinal) && (text.Contains("IList", StringComparison.Ordinal) || text.Contains("IReadOnlyList", StringComparison.Ordinal)))
        {
            return "the value has the wrong type (an array expected)";
        }

        return text.Contains("could not be converted to", StringComparison.Ordinal)
            ? "the value has the wrong type (" + System.Text.RegularExpressions.Regex.Replace(
                text[(text.IndexOf("converted to", StringComparison.Ordinal) + "converted to ".Length)..].TrimEnd('.'),
                @"System\.(Double|Int32|Int64|Single|Decimal)\b",
                "a number",
                System.Text.RegularExpressions.RegexOptions.None,
                TimeSpan.FromSeconds(1))
                .Replace("System.Boolean", "true or false", StringComparison.Ordinal)
                .Replace("System.String", "a string", StringComparison.Ordinal) + " expected)"
            : text;
    }

    private static T Read<T>(string json, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            JsonInputCheck.Check(json, Nullable);
            return JsonSerializer.Deserialize<T>(json, Settings) ?? throw new FormatException($"The {what} is null.");
        }
        catch (JsonException ex)
        {
            string where = ex.Path is null ? string.Empty : $" at {ex.Path}";
            throw new FormatException($"The {what} is not valid{where}: {Plain(ex.Message)}", ex);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"The {what} is not valid at {ex.Message}", ex);
        }
    }
}
