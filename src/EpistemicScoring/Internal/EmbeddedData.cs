using System.Collections.Frozen;
using System.Globalization;

namespace EpistemicScoring.Internal;

/// <summary>
/// The built-in heuristic tables of the analysis stages: closed-class word lists, cue families, units, currencies,
/// scale words. Each is an embedded file under a stage's <c>Data/</c> folder (logical name
/// <c>EpistemicScoring.Data.FILE</c>, so file names are unique across stages), loaded once into frozen collections.
/// </summary>
/// <remarks>
/// Format: one entry per line; blank lines and lines starting with <c>#</c> are skipped; <c>.tsv</c> files have
/// tab-separated columns. A duplicate entry (or duplicate key in a keyed table) is an error when the table is
/// loaded, so a typo cannot silently shadow an entry. These tables are part of the rule set (they change only with
/// <see cref="Rules.DefaultRules.Version"/>); user-extensible word lists are the lexicons in
/// <c>Lexicons/</c>, which the receipt hashes.
/// </remarks>
internal static class EmbeddedData
{
    private const string Prefix = "EpistemicScoring.Data.";

    /// <summary>A word list, compared ignoring case.</summary>
    /// <param name="file">The file name, e.g. <c>scale-words.tsv</c>.</param>
    /// <returns>The set of first-column entries.</returns>
    public static FrozenSet<string> Words(string file)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string[] row in Rows(file))
        {
            if (!set.Add(row[0]))
            {
                throw new InvalidDataException($"{file}: the entry '{row[0]}' is listed twice.");
            }
        }

        return set.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A table keyed by its first column (ignoring case), the value built from the whole row.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="file">The file name.</param>
    /// <param name="value">Builds the value from the row's columns (the key is column 0).</param>
    /// <returns>The table.</returns>
    public static FrozenDictionary<string, T> Keyed<T>(string file, Func<string[], T> value)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (string[] row in Rows(file))
        {
            if (!map.TryAdd(row[0], value(row)))
            {
                throw new InvalidDataException($"{file}: the key '{row[0]}' is listed twice.");
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Named word classes: each row is a class name and its words, separated by spaces (a word may not contain one).
    /// A class named twice, or a word listed twice in one class, is an error.
    /// </summary>
    /// <param name="file">The file name, e.g. <c>hedge-sense-words.tsv</c>.</param>
    /// <returns>The classes by name, each compared ignoring case.</returns>
    public static FrozenDictionary<string, FrozenSet<string>> WordClasses(string file)
    {
        var classes = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (string[] row in Rows(file))
        {
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string word in (row.Length > 1 ? row[1] : string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!words.Add(word))
                {
                    throw new InvalidDataException($"{file}: '{word}' is listed twice in the class '{row[0]}'.");
                }
            }

            if (!classes.TryAdd(row[0], words.ToFrozenSet(StringComparer.OrdinalIgnoreCase)))
            {
                throw new InvalidDataException($"{file}: the class '{row[0]}' is listed twice.");
            }
        }

        return classes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>One class of <see cref="WordClasses"/>, or an error naming the file when it is missing.</summary>
    /// <param name="classes">The classes of one file.</param>
    /// <param name="file">The file name, for the message.</param>
    /// <param name="name">The class name.</param>
    /// <returns>The class.</returns>
    public static FrozenSet<string> Class(FrozenDictionary<string, FrozenSet<string>> classes, string file, string name) =>
        classes.TryGetValue(name, out FrozenSet<string>? set) ? set : throw new InvalidDataException($"{file}: the class '{name}' is missing.");

    /// <summary>Reads a number column.</summary>
    /// <param name="file">The file name, for the message.</param>
    /// <param name="row">The row.</param>
    /// <param name="column">The column index.</param>
    /// <returns>The number.</returns>
    public static double Number(string file, string[] row, int column)
    {
        if (column >= row.Length || !double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
        {
            throw new InvalidDataException($"{file}: row '{string.Join('\t', row)}' has no number in column {column + 1}.");
        }

        return v;
    }

    /// <summary>Every row of a table, columns trimmed, comments and blank lines left out.</summary>
    /// <param name="file">The file name.</param>
    /// <returns>The rows in file order.</returns>
    public static IReadOnlyList<string[]> Rows(string file)
    {
        using Stream stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"The embedded data file '{file}' is missing from the package.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            ReadOnlySpan<char> trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            for (int i = 0; i < columns.Length; i++)
            {
                columns[i] = columns[i].Trim();
            }

            rows.Add(columns);
        }

        return rows;
    }

    /// <summary>Names of every embedded data file, for the lint test.</summary>
    /// <returns>The file names.</returns>
    public static IEnumerable<string> Files() =>
        typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(static n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(static n => n[Prefix.Length..]);
}
