using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Serialization;

/// <summary>
/// JSON Schema (draft 2020-12) of the report and of the configuration file, generated with
/// <see cref="JsonSchemaExporter"/> from the same serializer options that write and read them, so the schema
/// cannot drift from the code. The committed copies under <c>schemas/</c> are checked by a test.
/// </summary>
public static class JsonSchemas
{
    /// <summary>The schema of one report object (<c>score --format json</c>, each line of batch output).</summary>
    /// <returns>The schema as indented JSON.</returns>
    public static string Report() => Write(ReportJson.Indented, typeof(EpistemicReport), "EpistemicScoring report");

    /// <summary>The schema of a <c>--config</c> file (<see cref="EpistemicScoringOptions"/>; unknown properties are refused).</summary>
    /// <returns>The schema as indented JSON.</returns>
    public static string Config() => Write(
        new JsonSerializerOptions(OptionsJson.Settings) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() },
        typeof(EpistemicScoringOptions),
        "EpistemicScoring configuration");

    private static string Write(JsonSerializerOptions options, Type type, string title)
    {
        options.MakeReadOnly();
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = EnumNames };
        JsonNode schema = options.GetJsonSchemaAsNode(type, exporter);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
        };
        foreach ((string key, JsonNode? value) in schema.AsObject().ToList())
        {
            schema.AsObject().Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>
    /// The configuration reads enums through <see cref="StrictEnumConverter"/>, which the exporter cannot see into
    /// (it writes <c>true</c>, anything goes); the schema lists the names that converter accepts instead.
    /// </summary>
    private static JsonNode EnumNames(JsonSchemaExporterContext context, JsonNode schema)
    {
        Type type = context.TypeInfo.Type;
        Type? underlying = Nullable.GetUnderlyingType(type);
        Type enumType = underlying ?? type;
        if (!enumType.IsEnum || schema is JsonObject { } o && o.ContainsKey("enum"))
        {
            return schema;
        }

        var names = new JsonArray();
        foreach (string name in Enum.GetNames(enumType))
        {
            names.Add(JsonNamingPolicy.CamelCase.ConvertName(name));
        }

        if (underlying is not null || context.PropertyInfo is { IsGetNullable: true })
        {
            names.Add(null);
        }

        return new JsonObject { ["enum"] = names };
    }
}
