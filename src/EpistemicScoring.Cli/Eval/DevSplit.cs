using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EpistemicScoring.Cli.Eval;

/// <summary>Which half of a labelled file an evaluation reads.</summary>
internal enum DevHalf
{
    /// <summary>Every record.</summary>
    All,

    /// <summary>The tuning half: read while choosing cues, rules and weights.</summary>
    Tune,

    /// <summary>The check half: read only to confirm that a change chosen on the tuning half holds.</summary>
    Check,
}

/// <summary>
/// The fixed split of every labelled file into a tuning half and a check half. A record belongs to a half by the
/// SHA-256 of its grouping key (the article it comes from: <c>doc</c>, else <c>dataset</c> with <c>file</c>, else
/// <c>id</c>, else its line number): the first byte even is tuning, odd is checking. The split never changes, needs
/// no list of ids, and keeps the sentences of one article together. A change is kept only when it holds on the check
/// half (README, "Measurement discipline").
/// </summary>
internal static class DevSplit
{
    private static readonly AsyncLocal<DevHalf> s_half = new();

    /// <summary>The half the running evaluation reads (set by <c>eval --half</c> for its own call only).</summary>
    public static DevHalf Current
    {
        get => s_half.Value;
        set => s_half.Value = value;
    }

    /// <summary>The key that decides a record's half.</summary>
    /// <param name="record">The record.</param>
    /// <param name="line">Its line number, the key of last resort.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(JsonElement record, int line)
    {
        if (JsonLines.String(record, "doc") is { } doc)
        {
            return doc;
        }

        if (JsonLines.String(record, "file") is { } file)
        {
            return (JsonLines.String(record, "dataset") ?? string.Empty) + "/" + file;
        }

        return JsonLines.String(record, "id") ?? $"line {line}";
    }

    /// <summary>The half a key belongs to.</summary>
    /// <param name="key">The grouping key.</param>
    /// <returns><see cref="DevHalf.Tune"/> or <see cref="DevHalf.Check"/>.</returns>
    public static DevHalf HalfOf(string key) =>
        (SHA256.HashData(Encoding.UTF8.GetBytes(key))[0] & 1) == 0 ? DevHalf.Tune : DevHalf.Check;

    /// <summary>True when the record is read under <paramref name="half"/>.</summary>
    public static bool Includes(DevHalf half, JsonElement record, int line) =>
        half == DevHalf.All || HalfOf(KeyOf(record, line)) == half;
}
