using EpistemicScoring.Lexicons;
using EpistemicScoring.Rules;

namespace EpistemicScoring;

/// <summary>Builds a scorer: the default rules, plus or minus rules, with options.</summary>
public sealed class EpistemicScorerBuilder
{
    private readonly List<IRule> _rules = [.. DefaultRules.Create()];
    private readonly EpistemicScoringOptions _options;

    /// <summary>Creates a builder with the default rules and options.</summary>
    public EpistemicScorerBuilder()
        : this(new EpistemicScoringOptions())
    {
    }

    /// <summary>Creates a builder with the default rules and a copy of <paramref name="options"/>.</summary>
    /// <param name="options">The options, for example read with <see cref="Serialization.OptionsJson.ReadOptions"/>.</param>
    public EpistemicScorerBuilder(EpistemicScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Clone();
    }

    /// <summary>The options the scorer will be built with; edit them freely before <see cref="Build"/>.</summary>
    public EpistemicScoringOptions Options => _options;

    /// <summary>Adds a rule. Its ID must be new: use <see cref="ReplaceRule(IRule)"/> to replace a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule with the same ID is already in the set.</exception>
    public EpistemicScorerBuilder AddRule(IRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (IndexOf(rule.Descriptor.Id) >= 0)
        {
            throw new ArgumentException($"A rule with the ID {rule.Descriptor.Id} is already in the set; call ReplaceRule to replace it.", nameof(rule));
        }

        _rules.Add(rule);
        return this;
    }

    /// <summary>Adds a rule of type <typeparamref name="TRule"/>.</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A rule with the same ID is already in the set.</exception>
    public EpistemicScorerBuilder AddRule<TRule>()
        where TRule : IRule, new() => AddRule(new TRule());

    /// <summary>Replaces the rule that has the same ID as <paramref name="rule"/>, keeping its place in the run order.</summary>
    /// <param name="rule">The new rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">No rule in the set has that ID.</exception>
    public EpistemicScorerBuilder ReplaceRule(IRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        int index = IndexOf(rule.Descriptor.Id);
        if (index < 0)
        {
            throw new ArgumentException($"No rule with the ID {rule.Descriptor.Id} to replace; call AddRule to add it.", nameof(rule));
        }

        _rules[index] = rule;
        return this;
    }

    /// <summary>Replaces the rule that has the ID of a <typeparamref name="TRule"/>.</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No rule in the set has that ID.</exception>
    public EpistemicScorerBuilder ReplaceRule<TRule>()
        where TRule : IRule, new() => ReplaceRule(new TRule());

    /// <summary>Removes the rule with ID <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    /// <exception cref="ArgumentException">No rule in the set has that ID (a misspelt ID would otherwise remove nothing quietly).</exception>
    public EpistemicScorerBuilder RemoveRule(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        int index = IndexOf(ruleId);
        if (index < 0)
        {
            throw new ArgumentException($"No rule with the ID {ruleId} to remove.", nameof(ruleId));
        }

        _rules.RemoveAt(index);
        return this;
    }

    /// <summary>Removes every rule, to build a set from scratch.</summary>
    /// <returns>This builder.</returns>
    public EpistemicScorerBuilder ClearRules()
    {
        _rules.Clear();
        return this;
    }

    /// <summary>Configures the rule with ID <paramref name="ruleId"/> (enable, weight).</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <param name="configure">Edits its settings.</param>
    /// <returns>This builder.</returns>
    public EpistemicScorerBuilder ConfigureRule(string ruleId, Action<RuleOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_options.Rule(ruleId));
        return this;
    }

    /// <summary>Edits the options.</summary>
    /// <param name="configure">Edits the options.</param>
    /// <returns>This builder.</returns>
    public EpistemicScorerBuilder Configure(Action<EpistemicScoringOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_options);
        return this;
    }

    /// <summary>Adds entries to the lexicon called <paramref name="lexiconName"/>.</summary>
    /// <param name="lexiconName">The lexicon (for example <c>anonymous-sources</c>).</param>
    /// <param name="entries">The entries.</param>
    /// <returns>This builder.</returns>
    public EpistemicScorerBuilder AddLexiconEntries(string lexiconName, IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(lexiconName);
        ArgumentNullException.ThrowIfNull(entries);
        IReadOnlyList<LexiconEntry> existing = _options.LexiconAdditions.TryGetValue(lexiconName, out IReadOnlyList<LexiconEntry>? e) ? e : [];
        _options.LexiconAdditions[lexiconName] = [.. existing, .. entries];
        return this;
    }

    /// <summary>Builds the scorer. The builder may be reused; later edits do not change built scorers.</summary>
    /// <returns>The scorer.</returns>
    /// <exception cref="InvalidOperationException">
    /// Two rules share an ID, a rule setting names no known rule, a lexicon addition names no lexicon or uses a tag
    /// that lexicon does not have, the thresholds are out of order, or a lexicon file cannot be read.
    /// </exception>
    public EpistemicScorer Build()
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (IRule rule in _rules)
        {
            if (!ids.Add(rule.Descriptor.Id))
            {
                throw new InvalidOperationException($"Two rules share the ID {rule.Descriptor.Id}.");
            }
        }

        if (_options.Thresholds.Moderate > _options.Thresholds.High)
        {
            throw new InvalidOperationException("The Moderate threshold must not be above the High threshold.");
        }

        if (_options.MaxTextLength <= 0)
        {
            throw new InvalidOperationException("MaxTextLength must be positive.");
        }

        OptionsValidator.ValidateRuleSettings(_options, _rules);
        OptionsValidator.ValidateLexiconNames(_options);
        EpistemicScoringOptions options = _options.Clone();
        var additions = new Dictionary<string, IReadOnlyList<LexiconEntry>>(options.LexiconAdditions, StringComparer.Ordinal);
        foreach ((string name, string path) in options.LexiconFiles)
        {
            IReadOnlyList<LexiconEntry> entries;
            try
            {
                entries = Lexicon.ParseEntries(new StringReader(ReadBounded(path, MaxLexiconFileChars)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                throw new InvalidOperationException($"The lexicon file '{path}' for '{name}' cannot be read: {ex.Message}", ex);
            }

            OptionsValidator.ValidateTags(name, entries, path);
            additions[name] = additions.TryGetValue(name, out IReadOnlyList<LexiconEntry>? existing) ? [.. existing, .. entries] : entries;
        }

        LexiconSet lexicons = additions.Count == 0 ? LexiconSet.Default : LexiconSet.Build(additions);
        return new EpistemicScorer([.. _rules], options, lexicons);
    }

    private int IndexOf(string ruleId) => _rules.FindIndex(r => string.Equals(r.Descriptor.Id, ruleId, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The largest lexicon file a configuration may name, in characters (4 MiB; the largest built-in lexicon is a few
    /// kilobytes). A longer file, or one that never ends (<c>/dev/zero</c>), is an error, read no further than this.
    /// </summary>
    public const int MaxLexiconFileChars = 4 * 1024 * 1024;

    private static string ReadBounded(string path, int maxChars)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { Access = FileAccess.Read, Share = FileShare.ReadWrite, BufferSize = 0 });
        var buffer = new char[Math.Min(maxChars + 1, 1 << 16)];
        var text = new System.Text.StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > maxChars)
            {
                throw new FormatException($"the file is longer than {maxChars:N0} characters, the most a lexicon file may have");
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
}
