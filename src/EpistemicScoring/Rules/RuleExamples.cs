using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules;

/// <summary>The outcome of running one of a rule's own examples or counter-examples.</summary>
/// <param name="Text">The example text, with the markers removed.</param>
/// <param name="IsCounterExample">True for a counter-example (the rule must report nothing).</param>
/// <param name="Expected">The spans marked <c>[|…|]</c> in the example.</param>
/// <param name="Reported">The evidence the rule reported.</param>
/// <param name="Failure">Why the example failed, or null when it passed.</param>
public sealed record RuleExampleResult(string Text, bool IsCounterExample, IReadOnlyList<TextSpan> Expected, IReadOnlyList<Evidence> Reported, string? Failure)
{
    /// <summary>True when the rule did exactly what the example says.</summary>
    public bool Passed => Failure is null;
}

/// <summary>
/// Runs a rule's own examples (<see cref="RuleDescriptor.Examples"/>, <see cref="RuleDescriptor.CounterExamples"/>),
/// so that a third-party rule can be tested as the built-in ones are: an example passes when the rule reports evidence
/// at exactly the marked spans, no more and no fewer (a span reported twice counts once), all under its own ID; a
/// counter-example passes when the rule reports nothing. The rule runs alone on the full analysis of the example,
/// without the minimum length the scorer asks for, with the descriptor's <see cref="RuleDescriptor.ExampleFacts"/>.
/// </summary>
public static class RuleExamples
{
    /// <summary>Runs every example and counter-example of <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="lexicons">The lexicons to analyse with; the embedded ones when null.</param>
    /// <returns>One result per example, examples first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="FormatException">An example has an unclosed <c>[|</c> marker or marks no span.</exception>
    public static IReadOnlyList<RuleExampleResult> Run(IRule rule, LexiconSet? lexicons = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        RuleDescriptor d = rule.Descriptor;
        var pipeline = AnalysisPipeline.CreateDefault(lexicons ?? LexiconSet.Default);
        var results = new List<RuleExampleResult>(d.Examples.Count + d.CounterExamples.Count);
        foreach (string marked in d.Examples)
        {
            (string text, List<TextSpan> expected) = Parse(marked);
            if (expected.Count == 0)
            {
                throw new FormatException($"{d.Id}: the example \"{marked}\" marks no span with [|…|]; put text the rule must not fire on in CounterExamples.");
            }

            List<Evidence> reported = Evidence(rule, pipeline.Run(text, d.ExampleFacts));
            results.Add(new RuleExampleResult(text, false, expected, reported, Compare(d.Id, expected, reported)));
        }

        foreach (string text in d.CounterExamples)
        {
            List<Evidence> reported = Evidence(rule, pipeline.Run(text, d.ExampleFacts));
            string? failure = reported.Count == 0 ? null : $"reported {Describe(text, reported.Select(static e => e.Span))} on a counter-example";
            results.Add(new RuleExampleResult(text, true, [], reported, failure));
        }

        return results;
    }

    /// <summary>Runs the examples and throws when any fails, naming each failure: for a unit test of a custom rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="lexicons">The lexicons to analyse with; the embedded ones when null.</param>
    /// <exception cref="RuleExampleException">An example or counter-example failed, or the rule has none.</exception>
    public static void Verify(IRule rule, LexiconSet? lexicons = null)
    {
        IReadOnlyList<RuleExampleResult> results = Run(rule, lexicons);
        if (results.Count == 0)
        {
            throw new RuleExampleException($"{rule.Descriptor.Id} has no examples or counter-examples to run.");
        }

        var failures = results.Where(static r => !r.Passed).Select(static r => $"\"{r.Text}\": {r.Failure}").ToList();
        if (failures.Count > 0)
        {
            throw new RuleExampleException($"{rule.Descriptor.Id}: {failures.Count} of {results.Count} examples failed:\n" + string.Join('\n', failures));
        }
    }

    /// <summary>Splits an example into its text and the spans marked <c>[|…|]</c>.</summary>
    /// <param name="marked">The example as written in a descriptor.</param>
    /// <returns>The text without markers, and the marked spans in order.</returns>
    /// <exception cref="FormatException">A <c>[|</c> is not closed.</exception>
    public static (string Text, List<TextSpan> Spans) Parse(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var spans = new List<TextSpan>();
        var sb = new System.Text.StringBuilder(marked.Length);
        int i = 0;
        while (i < marked.Length)
        {
            if (string.CompareOrdinal(marked, i, "[|", 0, 2) == 0)
            {
                int end = marked.IndexOf("|]", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FormatException($"Unclosed [| in: {marked}");
                }

                int start = sb.Length;
                sb.Append(marked, i + 2, end - i - 2);
                spans.Add(new TextSpan(start, sb.Length - start));
                i = end + 2;
            }
            else
            {
                sb.Append(marked[i]);
                i++;
            }
        }

        return (sb.ToString(), spans);
    }

    private static List<Evidence> Evidence(IRule rule, DocumentAnalysis analysis)
    {
        var sink = new List<Evidence>();
        rule.Analyze(new RuleContext(analysis, rule.Descriptor, rule.Descriptor.DefaultWeight, sink, CancellationToken.None));
        return sink;
    }

    private static string? Compare(string id, List<TextSpan> expected, List<Evidence> reported)
    {
        Evidence? foreign = reported.FirstOrDefault(e => e.RuleId != id);
        if (foreign is not null)
        {
            return $"reported under the ID {foreign.RuleId}";
        }

        var got = reported.Select(static e => e.Span).ToHashSet();
        var want = expected.ToHashSet();
        var missing = want.Where(s => !got.Contains(s)).ToList();
        var extra = got.Where(s => !want.Contains(s)).ToList();
        if (missing.Count == 0 && extra.Count == 0)
        {
            return null;
        }

        var parts = new List<string>(2);
        if (missing.Count > 0)
        {
            parts.Add($"missed {string.Join(", ", missing)}");
        }

        if (extra.Count > 0)
        {
            parts.Add($"also reported {string.Join(", ", extra)}");
        }

        return string.Join("; ", parts);
    }

    private static string Describe(string text, IEnumerable<TextSpan> spans) =>
        string.Join(", ", spans.Distinct().Select(s => $"\"{text.Substring(s.Start, Math.Min(s.Length, text.Length - s.Start))}\" {s}"));
}

/// <summary>A rule's own examples did not hold (<see cref="RuleExamples.Verify"/>).</summary>
public sealed class RuleExampleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleExampleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public RuleExampleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public RuleExampleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
