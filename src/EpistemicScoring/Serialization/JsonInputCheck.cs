using System.Text.Json;

namespace EpistemicScoring.Serialization;

/// <summary>
/// Checks untrusted JSON (configuration, overrides, model manifests) before it is bound to objects: every number
/// must be a finite double (<c>1e400</c> would become Infinity and poison every score), and null is allowed only
/// for the few settings that mean "not set". A failure names the JSON path, so the user can find it.
/// </summary>
internal static class JsonInputCheck
{
    /// <summary>The deepest nesting read; System.Text.Json's own default is 64.</summary>
    public const int MaxDepth = 64;

    /// <summary>Checks the JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="nullable">Property names (case ignored) whose value may be null.</param>
    /// <exception cref="FormatException">A number is not finite or a null stands where a value is required.</exception>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static void Check(string json, IReadOnlySet<string> nullable)
    {
        using JsonDocument doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth });
        Walk(doc.RootElement, "$", null, nullable);
    }

    private static void Walk(JsonElement e, string path, string? property, IReadOnlySet<string> nullable)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty p in e.EnumerateObject())
                {
                    Walk(p.Value, path + "." + p.Name, p.Name, nullable);
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in e.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]", null, nullable);
                }

                break;
            case JsonValueKind.Number:
                if (!e.TryGetDouble(out double d) || !double.IsFinite(d))
                {
                    throw new FormatException($"{path}: the number {e.GetRawText()} is out of range; give a finite number.");
                }

                break;
            case JsonValueKind.Null:
                if (property is null || !nullable.Contains(property))
                {
                    throw new FormatException($"{path}: null is not allowed here; give a value or leave the setting out.");
                }

                break;
        }
    }
}
