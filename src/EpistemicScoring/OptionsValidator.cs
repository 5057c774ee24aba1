using System.Collections.Frozen;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Rules;

namespace EpistemicScoring;

/// <summary>
/// Strict configuration: a setting that names nothing is an error when the scorer is built, not a silent no-op.
/// A misspelt rule ID, lexicon name or tag would otherwise leave the scorer unchanged while the user believes
/// it was configured.
/// </summary>
internal static class OptionsValidator
{
    private static readonly Lazy<FrozenSet<string>> s_builtInIds = new(static () =>
        DefaultRules.Create().Select(static r => r.Descriptor.Id).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> s_tags = new(static () =>
        Lexicon.EmbeddedNames().ToFrozenDictionary(
            static n => n,
            static n => Lexicon.LoadEmbedded(n).Entries.Select(static e => e.Tag).OfType<string>().ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal));

    /// <summary>Every rule setting names a rule in the set or a built-in rule (a removed built-in may still be configured harmlessly).</summary>
    public static void ValidateRuleSettings(EpistemicScoringOptions options, IReadOnlyList<IRule> rules)
    {
        foreach (string id in options.Rules.Keys)
        {
            if (s_builtInIds.Value.Contains(id))
            {
                continue;
            }

            bool found = false;
            foreach (IRule rule in rules)
            {
                found |= string.Equals(rule.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase);
            }

            if (!found)
            {
                throw new InvalidOperationException($"The rule setting '{id}' names no rule; run 'epistemic rules' for the IDs.");
            }
        }
    }

    /// <summary>Every lexicon addition and lexicon file names an embedded lexicon and uses only that lexicon's tags.</summary>
    public static void ValidateLexiconNames(EpistemicScoringOptions options)
    {
        foreach ((string name, IReadOnlyList<LexiconEntry> entries) in options.LexiconAdditions)
        {
            RequireName(name);
            ValidateTags(name, entries, where: null);
        }

        foreach (string name in options.LexiconFiles.Keys)
        {
            RequireName(name);
        }
    }

    /// <summary>A tag (the sense column) must be one the embedded lexicon uses; a lexicon without tags takes none.</summary>
    public static void ValidateTags(string name, IEnumerable<LexiconEntry> entries, string? where)
    {
        FrozenSet<string> tags = s_tags.Value[name];
        foreach (LexiconEntry entry in entries)
        {
            if (entry.Tag is { } tag && !tags.Contains(tag))
            {
                string known = tags.Count == 0 ? "it takes no tags" : $"its tags are {string.Join(", ", tags.Order(StringComparer.Ordinal))}";
                string file = where is null ? string.Empty : $" (in '{where}')";
                throw new InvalidOperationException($"The entry '{entry.Text}' of lexicon '{name}'{file} has the unknown tag '{tag}'; {known}.");
            }
        }
    }

    private static void RequireName(string name)
    {
        if (!s_tags.Value.ContainsKey(name))
        {
            throw new InvalidOperationException($"There is no lexicon called '{name}'; the lexicons are {string.Join(", ", s_tags.Value.Keys.Order(StringComparer.Ordinal))}.");
        }
    }
}
