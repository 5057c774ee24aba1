using System.Collections.Frozen;

namespace EpistemicScoring.Lexicons;

/// <summary>
/// The lexicons a scorer uses: the package's embedded lists, with the entries of user lexicons added to the
/// list of the same name. Built once per scorer and shared by every call.
/// </summary>
public sealed class LexiconSet
{
    private static readonly Lazy<LexiconSet> s_default = new(() => Build(new Dictionary<string, IReadOnlyList<LexiconEntry>>()));
    private readonly FrozenDictionary<string, Lexicon> _lexicons;

    private LexiconSet(FrozenDictionary<string, Lexicon> lexicons, string fingerprint)
    {
        _lexicons = lexicons;
        Fingerprint = fingerprint;
    }

    /// <summary>The embedded lexicons alone.</summary>
    public static LexiconSet Default => s_default.Value;

    /// <summary>Names of all lexicons in the set.</summary>
    public IEnumerable<string> Names => _lexicons.Keys;

    /// <summary>A stable hash of every entry of every lexicon, for the report's receipt.</summary>
    public string Fingerprint { get; }

    /// <summary>The lexicon called <paramref name="name"/>; an empty one when there is none.</summary>
    /// <param name="name">The lexicon name (the embedded file name without extension).</param>
    /// <returns>The lexicon.</returns>
    public Lexicon this[string name] =>
        _lexicons.TryGetValue(name, out Lexicon? lexicon) ? lexicon : Lexicon.Create(name, []);

    /// <summary>Builds a set from the embedded lexicons plus <paramref name="additions"/>.</summary>
    /// <param name="additions">Entries to add, by lexicon name.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">A lexicon name is unknown, a tag is not one its lexicon takes, or an entry is listed twice (see the header of each lexicon file).</exception>
    public static LexiconSet Build(IReadOnlyDictionary<string, IReadOnlyList<LexiconEntry>> additions)
    {
        ArgumentNullException.ThrowIfNull(additions);
        var result = new Dictionary<string, Lexicon>(StringComparer.Ordinal);
        var names = new SortedSet<string>(Lexicon.EmbeddedNames(), StringComparer.Ordinal);
        names.UnionWith(additions.Keys);
        var hash = default(EpistemicScoring.Internal.StableHash);
        foreach (string name in names)
        {
            IEnumerable<LexiconEntry> entries = Lexicon.EmbeddedNames().Contains(name)
                ? Lexicon.LoadEmbeddedEntries(name)
                : [];
            if (additions.TryGetValue(name, out IReadOnlyList<LexiconEntry>? extra))
            {
                ArgumentNullException.ThrowIfNull(extra, nameof(additions));
                entries = entries.Concat(extra);
            }

            entries = entries.ToList();
            LexiconSchema.Check(name, entries);

            Lexicon lexicon = Lexicon.Create(name, entries);
            result[name] = lexicon;
            hash.Append(name);
            foreach (LexiconEntry e in lexicon.Entries.OrderBy(static e => e.Text, StringComparer.Ordinal))
            {
                hash.Append(e.Text);
                hash.Append(e.Weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                hash.Append(e.Tag ?? string.Empty);
            }
        }

        return new LexiconSet(result.ToFrozenDictionary(StringComparer.Ordinal), hash.ToHex());
    }
}
