using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Serialization;

/// <summary>The report JSON of CONTRACT.md: camelCase names, camelCase enumeration strings, nulls written.</summary>
public static class ReportJson
{
    /// <summary>Options for one compact line per report (batch output).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Options for indented output (<c>score --format json</c>).</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Serialises a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">True for indented output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(EpistemicReport report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, indented ? ReportJsonContext.Indented.EpistemicReport : ReportJsonContext.Default.EpistemicReport);
    }

    /// <summary>Writes a report to a UTF-8 JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, EpistemicReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        JsonSerializer.Serialize(writer, report, ReportJsonContext.Default.EpistemicReport);
    }

    /// <summary>Reads a report back.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="JsonException">The text is not a report.</exception>
    public static EpistemicReport Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, ReportJsonContext.Default.EpistemicReport)
            ?? throw new JsonException("The JSON is null, not a report.");
    }

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ReportJsonContext.Default,
    };
}

/// <summary>Source-generated serialisation metadata for the report types.</summary>
// Named floating-point literals: every value in a report is finite by construction, but should one ever not be,
// the report is still written ("NaN" as a string) rather than the whole output failing.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(EpistemicReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    private static ReportJsonContext? s_indented;

    public static ReportJsonContext Indented => s_indented ??= new ReportJsonContext(new JsonSerializerOptions(Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
