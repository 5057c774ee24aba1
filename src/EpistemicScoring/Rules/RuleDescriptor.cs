using System.Text.RegularExpressions;

namespace EpistemicScoring.Rules;

/// <summary>
/// Describes a rule. <see cref="Examples"/> mark the expected evidence span with <c>[|</c> and <c>|]</c>
/// ("[|Officials said|] the deal was off."); <see cref="CounterExamples"/> are texts on which the rule must
/// report nothing. A test runs every rule's examples.
/// </summary>
public sealed partial record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">
    /// Stable ID. Built-in rules use <c>EPS</c>, the law's digit and two digits (<c>EPS201</c>). A third-party rule
    /// uses its own upper-case prefix of two to ten letters and three or four digits (<c>ACME001</c>); it may also use
    /// an <c>EPS</c> ID of its law that no built-in rule uses. Any other <c>EPS</c> ID is refused.
    /// </param>
    /// <param name="title">Short title.</param>
    /// <param name="law">The law the rule's evidence bears on.</param>
    /// <param name="defaultWeight">Signed weight of one typical finding, in law-score units before saturation.</param>
    /// <param name="description">What the rule finds and why it matters.</param>
    /// <exception cref="ArgumentException">The ID is malformed, or an <c>EPS</c> ID does not match the law.</exception>
    public RuleDescriptor(string id, string title, Law law, double defaultWeight, string description)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.StartsWith("EPS", StringComparison.Ordinal))
        {
            if (!IdPattern().IsMatch(id) || id[3] - '0' != (int)law)
            {
                throw new ArgumentException($"Rule ID '{id}' must be EPS, the law's digit ({(int)law}) and two digits; a third-party rule may use its own prefix instead (ACME001).", nameof(id));
            }
        }
        else if (!VendorIdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Rule ID '{id}' must be an upper-case prefix of two to ten letters and three or four digits (ACME001).", nameof(id));
        }

        Id = id;
        Title = title;
        Law = law;
        DefaultWeight = defaultWeight;
        Description = description;
    }

    /// <summary>Stable ID, never reused.</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>The law the rule's evidence bears on.</summary>
    public Law Law { get; }

    /// <summary>Signed weight of one typical finding.</summary>
    public double DefaultWeight { get; }

    /// <summary>What the rule finds and why it matters.</summary>
    public string Description { get; }

    /// <summary>Texts on which the rule fires, with the expected span marked <c>[|…|]</c>.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>Texts on which the rule must report nothing.</summary>
    public IReadOnlyList<string> CounterExamples { get; init; } = [];

    /// <summary>Reference facts the examples and counter-examples are analysed with (for rules that check figures against facts).</summary>
    public IReadOnlyList<Analysis.ReferenceFact> ExampleFacts { get; init; } = [];

    /// <summary>
    /// True for a rule that measures a habit of the writer's prose (exclamations, intensifiers, hearsay): each
    /// finding is then counted per 300 words of the writer's own prose (outside quotations), so that the same
    /// habit weighs the same in a long and a short text. <see cref="RuleContext.Report(TextSpan, string, double)"/>
    /// applies the scaling; the rule reports every finding at its plain strength.
    /// </summary>
    public bool PerWriterWords { get; init; }

    /// <summary>
    /// How much a profile (genre) scales this rule's weight, for the profiles that change it (1 for the others): an
    /// opinion column is expected to argue in the writer's own voice, a wire brief to give a single view. Kept between
    /// 0.5 and 1.5, so a profile adjusts a rule but never switches it off nor lets a kind of text escape a law.
    /// </summary>
    public IReadOnlyDictionary<TextProfile, double> ProfileMultipliers { get; init; } = new Dictionary<TextProfile, double>();

    /// <summary>
    /// True for a rule whose findings cross-check figures (against each other or against reference facts) rather than
    /// only note how they are sourced; Law 3 weighs its full share in the overall score only when such a rule found something.
    /// </summary>
    public bool CrossChecksFigures { get; init; }

    /// <summary>The multiplier of <paramref name="profile"/> for this rule (1 when the profile does not change it).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The multiplier.</returns>
    public double MultiplierFor(TextProfile profile) => ProfileMultipliers.TryGetValue(profile, out double m) ? m : 1.0;

    [GeneratedRegex(@"^EPS[1-5][0-9]{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Z]{2,10}[0-9]{3,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VendorIdPattern();
}
