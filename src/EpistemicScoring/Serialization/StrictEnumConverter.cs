using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EpistemicScoring.Serialization;

/// <summary>
/// Reads an enumeration only from one of its own camelCase names (case ignored) and writes it as that name.
/// <see cref="JsonStringEnumConverter"/> also takes "3" as a number and "truthfulness, sourceReferencing" as a
/// combination of flags, so a typo in a configuration would silently name another value; here both are errors.
/// </summary>
internal sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
            .ToFrozenDictionary(static v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), static v => v, StringComparer.OrdinalIgnoreCase);

        private static readonly string Names = string.Join(", ", Enum.GetValues<TEnum>().Select(static v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"expected one of {Names} as a string, got {reader.TokenType}.");
            }

            string? name = reader.GetString();
            return name is not null && ByName.TryGetValue(name, out TEnum value)
                ? value
                : throw new JsonException($"'{name}' is not one of {Names}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
    }
}
