using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using EpistemicScoring.Text;

namespace EpistemicScoring.Lexicons;

/// <summary>One lexicon entry: a word or phrase with an optional weight and tag.</summary>
/// <param name="Text">The entry as written in the lexicon file.</param>
/// <param name="Weight">Its weight (1 when the file or the JSON options give none).</param>
/// <param name="Tag">Its tag (the third column), or null.</param>
public sealed record LexiconEntry(string Text, double Weight = 1, string? Tag = null);

/// <summary>
/// A word list loaded once into frozen collections: single words are looked up by span without allocating,
/// phrases are matched token by token from their first word. Matching ignores case and typographic variants
/// (curly apostrophes match straight ones).
/// </summary>
/// <remarks>
/// The file format is one entry per line: <c>entry[TAB weight[TAB tag]]</c>. Blank lines and lines starting
/// with <c>#</c> are skipped. Entries are split into tokens by the same tokenizer as the scored text, so
/// "people familiar with the matter" and "U.S." match exactly as they appear.
/// </remarks>
public sealed class Lexicon
{
    private readonly FrozenDictionary<string, LexiconEntry> _words;
    private readonly FrozenDictionary<string, Phrase[]> _phrasesByFirstWord;

    private Lexicon(string name, IEnumerable<LexiconEntry> entries)
    {
        Name = name;
        var words = new Dictionary<string, LexiconEntry>(StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
        int count = 0;
        foreach (LexiconEntry entry in entries)
        {
            string[] parts = Split(entry.Text);
            if (parts.Length == 0)
            {
                continue;
            }

            count++;
            if (parts.Length == 1)
            {
                words[parts[0]] = entry;
            }
            else
            {
                if (!phrases.TryGetValue(parts[0], out List<Phrase>? list))
                {
                    phrases[parts[0]] = list = [];
                }

                list.Add(new Phrase(parts, entry));
            }
        }

        Count = count;
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _phrasesByFirstWord = phrases.ToFrozenDictionary(
            static kv => kv.Key,
            static kv => kv.Value.OrderByDescending(static p => p.Words.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The lexicon's name.</summary>
    public string Name { get; }

    /// <summary>Number of entries.</summary>
    public int Count { get; }

    /// <summary>Every entry, words and phrases.</summary>
    public IEnumerable<LexiconEntry> Entries =>
        _words.Values.Concat(_phrasesByFirstWord.Values.SelectMany(static p => p).Select(static p => p.Entry));

    /// <summary>True when the single word <paramref name="word"/> is an entry.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it is in the lexicon.</returns>
    public bool Contains(ReadOnlySpan<char> word) => _words.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>Looks up a single word.</summary>
    /// <param name="word">The word.</param>
    /// <param name="entry">The entry when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LexiconEntry? entry) =>
        _words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out entry);

    /// <summary>
    /// Finds the longest entry that starts at token <paramref name="index"/> and ends before token
    /// <paramref name="limit"/>.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="index">The first token.</param>
    /// <param name="limit">One past the last token that may be part of the match (a sentence end).</param>
    /// <param name="tokenCount">Number of tokens matched.</param>
    /// <param name="entry">The entry matched.</param>
    /// <returns>Whether an entry matched.</returns>
    public bool TryMatch(TextDocument document, int index, int limit, out int tokenCount, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LexiconEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(document);
        ReadOnlySpan<char> first = document.TokenText(index);
        if (_phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(first, out Phrase[]? candidates))
        {
            foreach (Phrase phrase in candidates)
            {
                if (index + phrase.Words.Length > limit)
                {
                    continue;
                }

                bool all = true;
                for (int k = 1; k < phrase.Words.Length; k++)
                {
                    if (!document.TokenText(index + k).Equals(phrase.Words[k], StringComparison.OrdinalIgnoreCase))
                    {
                        all = false;
                        break;
                    }
                }

                if (all)
                {
                    tokenCount = phrase.Words.Length;
                    entry = phrase.Entry;
                    return true;
                }
            }
        }

        if (TryGet(first, out entry))
        {
            tokenCount = 1;
            return true;
        }

        tokenCount = 0;
        return false;
    }

    /// <summary>Creates a lexicon from entries.</summary>
    /// <param name="name">The name.</param>
    /// <param name="entries">The entries.</param>
    /// <returns>The lexicon.</returns>
    public static Lexicon Create(string name, IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(entries);
        return new Lexicon(name, entries);
    }

    /// <summary>Reads a lexicon in the line format described on <see cref="Lexicon"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="reader">The source of lines.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="FormatException">A weight column is not a number.</exception>
    public static Lexicon Parse(string name, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Lexicon(name, ParseEntries(reader));
    }

    /// <summary>Reads entries in the line format described on <see cref="Lexicon"/>.</summary>
    /// <param name="reader">The source of lines.</param>
    /// <returns>The entries.</returns>
    public static IReadOnlyList<LexiconEntry> ParseEntries(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var list = new List<LexiconEntry>();
        string? line;
        int lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            ReadOnlySpan<char> trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            double weight = 1;
            if (columns.Length > 1 && columns[1].Trim().Length > 0
                && !double.TryParse(columns[1], NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
            {
                throw new FormatException($"Lexicon line {lineNumber}: the weight '{columns[1]}' is not a number.");
            }

            string? tag = columns.Length > 2 && columns[2].Trim().Length > 0 ? columns[2].Trim() : null;
            list.Add(new LexiconEntry(columns[0].Trim(), weight, tag));
        }

        return list;
    }

    /// <summary>Loads an embedded lexicon of the package by name.</summary>
    /// <param name="name">The file name without extension.</param>
    /// <returns>The lexicon.</returns>
    internal static Lexicon LoadEmbedded(string name)
    {
        using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream($"EpistemicScoring.Lexicons.{name}.txt")
            ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is missing from the package.");
        using var reader = new StreamReader(stream);
        return Parse(name, reader);
    }

    /// <summary>The entries of an embedded lexicon, as written in its file (duplicates kept, for the schema check).</summary>
    /// <param name="name">The file name without extension.</param>
    /// <returns>The entries in file order.</returns>
    internal static IReadOnlyList<LexiconEntry> LoadEmbeddedEntries(string name)
    {
        using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream($"EpistemicScoring.Lexicons.{name}.txt")
            ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is missing from the package.");
        using var reader = new StreamReader(stream);
        return ParseEntries(reader);
    }

    /// <summary>Names of the embedded lexicons.</summary>
    internal static IEnumerable<string> EmbeddedNames() =>
        typeof(Lexicon).Assembly.GetManifestResourceNames()
            .Where(static n => n.StartsWith("EpistemicScoring.Lexicons.", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(static n => n["EpistemicScoring.Lexicons.".Length..^4]);

    internal static string[] Split(string text)
    {
        string folded = CharFolding.Fold(text.Trim());
        var tokens = new List<Token>();
        var newlines = new List<byte>();
        Tokenizer.Tokenize(folded, tokens, newlines);
        var parts = new string[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            parts[i] = folded.Substring(tokens[i].Start, tokens[i].Length);
        }

        return parts;
    }

    private sealed record Phrase(string[] Words, LexiconEntry Entry);
}
