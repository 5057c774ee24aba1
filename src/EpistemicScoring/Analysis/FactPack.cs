using System.Globalization;
using System.Text.Json;

namespace EpistemicScoring.Analysis;

/// <summary>
/// Reads reference facts from a fact pack: JSON (an array of objects, or an object with a <c>facts</c> array)
/// or CSV with the header <c>key,aliases,value,unit,tolerance,source,asOf</c> (aliases separated by <c>|</c>).
/// </summary>
public static class FactPack
{
    /// <summary>Reads a fact pack file, choosing the format by extension (<c>.csv</c>, else JSON).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="FormatException">The file is not a valid fact pack.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<ReferenceFact> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ParseCsv(reader) : ParseJson(reader.ReadToEnd());
    }

    /// <summary>Reads facts from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="FormatException">The JSON is not a fact pack.</exception>
    public static IReadOnlyList<ReferenceFact> ParseJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonElement array = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("facts", out JsonElement f)
                ? f
                : doc.RootElement;
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("A JSON fact pack is an array of facts or an object with a \"facts\" array.");
            }

            var facts = new List<ReferenceFact>();
            int index = 0;
            foreach (JsonElement e in array.EnumerateArray())
            {
                index++;
                string key = GetString(e, "key") ?? throw new FormatException($"Fact {index} has no \"key\".");
                if (!e.TryGetProperty("value", out JsonElement v) || v.ValueKind != JsonValueKind.Number)
                {
                    throw new FormatException($"Fact {index} ({key}) has no numeric \"value\".");
                }

                double value = Finite(v.GetDouble(), $"Fact {index} ({key}): the value {v.GetRawText()}");
                double tolerance = e.TryGetProperty("tolerance", out JsonElement t) && t.ValueKind == JsonValueKind.Number
                    ? Tolerance(t.GetDouble(), $"Fact {index} ({key}): the tolerance {t.GetRawText()}")
                    : 0.02;

                var aliases = new List<string>();
                if (e.TryGetProperty("aliases", out JsonElement a) && a.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement alias in a.EnumerateArray())
                    {
                        if (alias.ValueKind == JsonValueKind.String)
                        {
                            aliases.Add(alias.GetString()!);
                        }
                    }
                }

                facts.Add(new ReferenceFact
                {
                    Key = key,
                    Aliases = aliases,
                    Value = value,
                    Unit = GetString(e, "unit"),
                    Tolerance = tolerance,
                    Source = GetString(e, "source"),
                    AsOf = GetString(e, "asOf") ?? GetString(e, "as_of"),
                });
            }

            return facts;
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The fact pack is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Reads facts from CSV with a header row.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="FormatException">A row is malformed.</exception>
    public static IReadOnlyList<ReferenceFact> ParseCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? header = reader.ReadLine() ?? throw new FormatException("The CSV fact pack is empty.");
        List<string> columns = SplitCsv(header);
        int Col(string name) => columns.FindIndex(c => string.Equals(c.Trim(), name, StringComparison.OrdinalIgnoreCase));
        int key = Col("key"), aliases = Col("aliases"), value = Col("value"), unit = Col("unit"), tolerance = Col("tolerance"), source = Col("source");
        int asOf = Col("asOf") >= 0 ? Col("asOf") : Col("as_of");
        if (key < 0 || value < 0)
        {
            throw new FormatException("The CSV fact pack needs at least the columns key and value.");
        }

        var facts = new List<ReferenceFact>();
        string? line;
        int row = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            row++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            List<string> cells = SplitCsv(line);
            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : string.Empty;
            if (!double.TryParse(Cell(value), NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            {
                throw new FormatException($"Fact pack row {row}: the value '{Cell(value)}' is not a number.");
            }

            v = Finite(v, $"Fact pack row {row}: the value '{Cell(value)}'");
            double tol = double.TryParse(Cell(tolerance), NumberStyles.Float, CultureInfo.InvariantCulture, out double tv)
                ? Tolerance(tv, $"Fact pack row {row}: the tolerance '{Cell(tolerance)}'")
                : 0.02;
            facts.Add(new ReferenceFact
            {
                Key = Cell(key),
                Aliases = Cell(aliases).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Value = v,
                Unit = Cell(unit).Length == 0 ? null : Cell(unit),
                Tolerance = tol,
                Source = Cell(source).Length == 0 ? null : Cell(source),
                AsOf = Cell(asOf).Length == 0 ? null : Cell(asOf),
            });
        }

        return facts;
    }

    /// <summary>A fact value must be finite: an Infinity or NaN fact would confirm or contradict any figure.</summary>
    private static double Finite(double value, string what) => double.IsFinite(value)
        ? value
        : throw new FormatException($"{what} is not a finite number.");

    /// <summary>A tolerance is a finite share from 0 up.</summary>
    private static double Tolerance(double value, string what) => double.IsFinite(value) && value >= 0
        ? value
        : throw new FormatException($"{what} is not a finite share of 0 or more.");

    private static string? GetString(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
