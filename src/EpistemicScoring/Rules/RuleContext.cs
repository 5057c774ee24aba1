using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules;

/// <summary>
/// What a rule sees while it runs: the shared analysis of the document, and the sink for its evidence.
/// </summary>
public readonly struct RuleContext
{
    private readonly List<Evidence> _sink;
    private readonly double _weight;
    private readonly System.Runtime.CompilerServices.StrongBox<int>? _omitted;

    internal RuleContext(DocumentAnalysis analysis, RuleDescriptor descriptor, double weight, List<Evidence> sink, CancellationToken cancellationToken)
        : this(analysis, descriptor, weight, sink, null, cancellationToken)
    {
    }

    /// <summary>A context that keeps at most <see cref="MaxFindingsPerRule"/> findings and counts the rest in <paramref name="omitted"/>.</summary>
    internal RuleContext(DocumentAnalysis analysis, RuleDescriptor descriptor, double weight, List<Evidence> sink, System.Runtime.CompilerServices.StrongBox<int>? omitted, CancellationToken cancellationToken)
    {
        Analysis = analysis;
        Descriptor = descriptor;
        _weight = weight;
        _sink = sink;
        CancellationToken = cancellationToken;
        _omitted = omitted;
    }

    /// <summary>
    /// The most findings one rule keeps per document. A rule's findings are summed and soft-capped at
    /// <see cref="Scoring.ScoringConstants.RuleCap"/> typical findings, so the score has saturated long before 200;
    /// the cap bounds the memory and output of a text built to make a rule fire on every character
    /// (megabytes of "!"). Findings beyond it are counted, not kept, and the count is reported on the law.
    /// </summary>
    public const int MaxFindingsPerRule = 200;

    /// <summary>Everything computed once for the document: tokens, sentences, sources, numbers, hedges, claims.</summary>
    public DocumentAnalysis Analysis { get; }

    /// <summary>The document's text analysis.</summary>
    public TextDocument Document => Analysis.Document;

    /// <summary>The exact input string.</summary>
    public string Text => Analysis.Document.Text;

    /// <summary>The scorer's lexicons.</summary>
    public LexiconSet Lexicons => Analysis.Lexicons;

    /// <summary>The running rule's descriptor.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The weight of one typical finding of this rule: the configured weight, or the default.</summary>
    public double Weight => _weight;

    /// <summary>Cancels the scoring call.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The hash that names a span's text in a <see cref="FindingSuppression"/>: white space is collapsed first.</summary>
    /// <param name="text">The span's (folded) text.</param>
    /// <returns>Twelve hex digits.</returns>
    public static string SpanHashOf(ReadOnlySpan<char> text)
    {
        var hash = default(Internal.StableHash);
        foreach (Range word in text.SplitAny(" \t\r\n"))
        {
            if (!text[word].IsEmpty)
            {
                hash.Append(text[word]);
            }
        }

        return hash.ToHex(12);
    }

    /// <summary>Reports a finding with the rule's weight.</summary>
    /// <param name="span">The evidence span in the input.</param>
    /// <param name="message">What was found.</param>
    public void Report(TextSpan span, string message) => Report(span, message, 1.0);

    /// <summary>
    /// Reports a finding whose weight is the rule's weight times <paramref name="strength"/> (and, for a rule whose
    /// descriptor sets <see cref="RuleDescriptor.PerWriterWords"/>, times 300 over the writer's words when longer).
    /// </summary>
    /// <param name="span">The evidence span in the input.</param>
    /// <param name="message">What was found.</param>
    /// <param name="strength">How strong this finding is relative to a typical one (-3 to 3; negative reverses the sign).</param>
    /// <exception cref="ArgumentOutOfRangeException">The span lies outside the text.</exception>
    public void Report(TextSpan span, string message, double strength)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"Rule {Descriptor.Id} reported a span outside the text.");
        }

        if (_omitted is not null && _sink.Count >= MaxFindingsPerRule)
        {
            _omitted.Value++;
            return;
        }

        double weight = _weight * Math.Clamp(strength, -3, 3);
        if (Descriptor.PerWriterWords)
        {
            weight *= WriterVoice.PerReferenceStretch(Analysis);
        }

        _sink.Add(new Evidence(Descriptor.Id, Descriptor.Law, span.Start, span.Length, Math.Round(weight, 4), message)
        {
            SpanHash = SpanHashOf(Analysis.Document.Folded.AsSpan(span.Start, span.Length)),
        });
    }
}
