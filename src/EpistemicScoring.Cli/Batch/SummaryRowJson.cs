using System.Buffers;
using System.Text.Json;

namespace EpistemicScoring.Cli.Batch;

/// <summary>
/// A <see cref="SummaryRow"/> as one line of JSON, the form of the Parquet output's journal: exact (nulls stay nulls,
/// doubles round-trip) and, like a JSONL output, read by <see cref="ResumeScan.Jsonl"/>: the top-level <c>id</c> is the
/// record's and an <c>error</c> member is present only on a failed record.
/// </summary>
internal static class SummaryRowJson
{
    private const int Counts = 8;

    public static void Write(IBufferWriter<byte> output, SummaryRow row)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("id"u8, row.Id);
        if (row.Line is long line)
        {
            json.WriteNumber("line"u8, line);
        }
        else
        {
            json.WriteNull("line"u8);
        }

        json.WriteString("file"u8, row.File);
        json.WriteStartArray("scores"u8);
        foreach (double? score in row.Scores)
        {
            if (score is double value)
            {
                json.WriteNumberValue(value);
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("verdicts"u8);
        foreach (string? verdict in row.Verdicts)
        {
            json.WriteStringValue(verdict);
        }

        json.WriteEndArray();
        json.WriteStartArray("counts"u8);
        foreach (int? count in (ReadOnlySpan<int?>)[row.NamedSources, row.UnnamedSources, row.Figures, row.InconsistentFigures, row.ContradictedFigures, row.Hedges, row.UncertainSentences, row.Sentences])
        {
            if (count is int value)
            {
                json.WriteNumberValue(value);
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndArray();
        json.WriteString("profile"u8, row.Profile);
        json.WriteString("digest"u8, row.RuleSetDigest);
        if (row.ErrorCode is not null)
        {
            json.WriteString("error"u8, row.ErrorCode);
        }

        json.WriteString("message"u8, row.ErrorMessage);
        json.WriteString("language"u8, row.Language);
        json.WriteString("warnings"u8, row.Warnings);
        json.WriteEndObject();
    }

    /// <summary>The row of one journal line, or null when the line is not one this class wrote.</summary>
    public static SummaryRow? Read(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? id = null, file = null, profile = null, digest = null, error = null, message = null, language = null, warnings = null;
            long? lineNumber = null;
            var scores = new double?[6];
            var verdicts = new string?[6];
            var counts = new int?[Counts];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                if (!reader.Read())
                {
                    return null;
                }

                switch (name)
                {
                    case "id": id = reader.GetString(); break;
                    case "line": lineNumber = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64(); break;
                    case "file": file = reader.GetString(); break;
                    case "scores": ReadArray(ref reader, scores, static (ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : r.GetDouble()); break;
                    case "verdicts": ReadArray(ref reader, verdicts, static (ref Utf8JsonReader r) => r.GetString()); break;
                    case "counts": ReadArray(ref reader, counts, static (ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : r.GetInt32()); break;
                    case "profile": profile = reader.GetString(); break;
                    case "digest": digest = reader.GetString(); break;
                    case "error": error = reader.GetString(); break;
                    case "message": message = reader.GetString(); break;
                    case "language": language = reader.GetString(); break;
                    case "warnings": warnings = reader.GetString(); break;
                    default: return null;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                return null;
            }

            return new SummaryRow
            {
                Id = id,
                Line = lineNumber,
                File = file,
                Scores = scores,
                Verdicts = verdicts,
                NamedSources = counts[0],
                UnnamedSources = counts[1],
                Figures = counts[2],
                InconsistentFigures = counts[3],
                ContradictedFigures = counts[4],
                Hedges = counts[5],
                UncertainSentences = counts[6],
                Sentences = counts[7],
                Profile = profile,
                RuleSetDigest = digest,
                ErrorCode = error,
                ErrorMessage = message,
                Language = language,
                Warnings = warnings,
            };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private delegate T ElementReader<out T>(ref Utf8JsonReader reader);

    private static void ReadArray<T>(ref Utf8JsonReader reader, T[] into, ElementReader<T> read)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException("not an array");
        }

        int i = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            into[i++] = read(ref reader);
        }

        if (i != into.Length)
        {
            throw new FormatException("wrong length");
        }
    }
}
