using System.Text.Json;
using System.Text.Json.Serialization;
using EpistemicScoring.Analysis;

namespace EpistemicScoring.Server;

/// <summary>
/// The body of <c>POST /score</c>: <c>{"text": "...", "title": "...", "profile": "opinion", "facts": [...], "id": "..."}</c>;
/// only <c>text</c> is required. <c>facts</c> is an array in the JSON fact-pack shape (<c>key</c>, <c>value</c>,
/// <c>unit</c>, <c>aliases</c>, <c>tolerance</c>, <c>source</c>, <c>asOf</c>); <c>title</c> is passed to the scorer as
/// the metadata entry <c>title</c>.
/// </summary>
internal static class ScoreRequestBody
{
    public static Result Parse(byte[] body)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            return Fail("invalid_json", $"The body is not JSON: {ex.Message}");
        }

        using (doc)
        {
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("not_an_object", "The body must be a JSON object with a \"text\".");
            }

            if (!root.TryGetProperty("text", out JsonElement textElement))
            {
                return Fail("missing_text", "The body has no \"text\".");
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return Fail("text_not_string", "\"text\" must be a string.");
            }

            string? title = null;
            if (root.TryGetProperty("title", out JsonElement t) && t.ValueKind != JsonValueKind.Null)
            {
                if (t.ValueKind != JsonValueKind.String)
                {
                    return Fail("invalid_title", "\"title\" must be a string.");
                }

                title = t.GetString();
            }

            TextProfile? profile = null;
            if (root.TryGetProperty("profile", out JsonElement p) && p.ValueKind != JsonValueKind.Null && !(p.ValueKind == JsonValueKind.String && p.GetString()!.Length == 0))
            {
                if (p.ValueKind != JsonValueKind.String || !Enum.TryParse(p.GetString(), ignoreCase: true, out TextProfile parsedProfile) || !Enum.IsDefined(parsedProfile) || char.IsDigit(p.GetString()![0]))
                {
                    return Fail("invalid_profile", "\"profile\" must be one of newsReport, analysis, opinion, wireBrief.");
                }

                profile = parsedProfile;
            }

            IReadOnlyList<ReferenceFact>? facts = null;
            if (root.TryGetProperty("facts", out JsonElement f) && f.ValueKind != JsonValueKind.Null)
            {
                try
                {
                    facts = FactPack.ParseJson(f.GetRawText());
                }
                catch (FormatException ex)
                {
                    return Fail("invalid_facts", ex.Message);
                }
            }

            string? id = root.TryGetProperty("id", out JsonElement i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            var request = new ScoringRequest(textElement.GetString()!)
            {
                Id = id,
                Profile = profile,
                Facts = facts,
                Metadata = title is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = title },
            };
            return new Result(request, null);
        }
    }

    private static Result Fail(string code, string message) => new(null, new ErrorDetail(code, message));

    internal sealed record Result(ScoringRequest? Request, ErrorDetail? Error);
}

/// <summary>An error answer: <c>{"error": {"code": "...", "message": "..."}}</c>, the shape of batch error lines.</summary>
internal sealed record ErrorBody(ErrorDetail Error);

/// <summary>The code and message of an error answer.</summary>
internal sealed record ErrorDetail(string Code, string Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ErrorBody))]
internal sealed partial class ServerJsonContext : JsonSerializerContext;
