using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Scoring;
using EpistemicScoring.Text;

namespace EpistemicScoring;

/// <summary>
/// Scores texts on the Five Laws of Epistemic Integrity. Immutable once built, thread-safe and reusable;
/// a call does no I/O. The path of a text: <see cref="TextDocument"/> → <see cref="DocumentAnalysis"/> →
/// rules → evidence → <see cref="LawScorer"/> → <see cref="EpistemicReport"/>.
/// </summary>
public sealed class EpistemicScorer
{
    private readonly (IRule Rule, double Weight)[] _rules;
    private readonly EpistemicScoringOptions _options;
    private readonly ReferenceFact[] _facts;
    private readonly System.Collections.Frozen.FrozenDictionary<string, double> _ruleWeights;

    internal EpistemicScorer(IEnumerable<IRule> rules, EpistemicScoringOptions options, LexiconSet lexicons)
    {
        _options = options;
        Lexicons = lexicons;
        _facts = [.. options.Facts];
        var active = new List<(IRule, double)>();
        foreach (IRule rule in rules)
        {
            RuleDescriptor d = rule.Descriptor;
            if (options.Rules.TryGetValue(d.Id, out RuleOptions? ro))
            {
                if (!ro.Enabled)
                {
                    continue;
                }

                active.Add((rule, ro.Weight ?? d.DefaultWeight));
            }
            else
            {
                active.Add((rule, d.DefaultWeight));
            }
        }

        _rules = [.. active];
        _ruleWeights = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(
            _rules, static r => r.Rule.Descriptor.Id, static r => r.Weight, StringComparer.Ordinal);
    }

    /// <summary>The descriptors of the active rules, in the order they run.</summary>
    public IReadOnlyList<RuleDescriptor> Rules => Array.ConvertAll(_rules, static r => r.Rule.Descriptor);

    /// <summary>The lexicons the scorer uses.</summary>
    public LexiconSet Lexicons { get; }

    /// <summary>A copy of the options the scorer was built with.</summary>
    public EpistemicScoringOptions Options => _options.Clone();

    /// <summary>A scorer with the default rules, lexicons and thresholds.</summary>
    /// <returns>The scorer.</returns>
    public static EpistemicScorer CreateDefault() => CreateBuilder().Build();

    /// <summary>A builder that starts from the default rule set.</summary>
    /// <returns>The builder.</returns>
    public static EpistemicScorerBuilder CreateBuilder() => new();

    /// <summary>Scores <paramref name="text"/>.</summary>
    /// <param name="text">The text; empty or white space gives every law <see cref="Verdict.Insufficient"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="TextTooLongException">The text is longer than the configured maximum.</exception>
    public EpistemicReport Score(string text) => Score(new ScoringRequest(text ?? throw new ArgumentNullException(nameof(text))), CancellationToken.None);

    /// <summary>Scores <paramref name="text"/>, observing <paramref name="cancellationToken"/> between rules.</summary>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="TextTooLongException">The text is longer than the configured maximum.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public EpistemicReport Score(string text, CancellationToken cancellationToken) =>
        Score(new ScoringRequest(text ?? throw new ArgumentNullException(nameof(text))), cancellationToken);

    /// <summary>Scores a request: text with id, metadata and reference facts.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report, carrying the request's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or its text is null.</exception>
    /// <exception cref="TextTooLongException">The text is longer than the configured maximum.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public EpistemicReport Score(ScoringRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Text, nameof(request));
        string text = request.Text;
        if (text.Length > _options.MaxTextLength)
        {
            throw new TextTooLongException(text.Length, _options.MaxTextLength);
        }

        cancellationToken.ThrowIfCancellationRequested();
        TextDocument document = TextDocument.Parse(text);
        IReadOnlyList<ReferenceFact> facts = request.Facts is { Count: > 0 } extra ? [.. _facts, .. extra] : _facts;
        DocumentAnalysis analysis = DocumentAnalyzer.Analyze(document, Lexicons, facts);
        bool sufficient = document.WordCount >= _options.MinWords;

        var perLaw = new List<Evidence>[5];
        for (int i = 0; i < perLaw.Length; i++)
        {
            perLaw[i] = [];
        }

        if (sufficient)
        {
            var sink = new List<Evidence>();
            foreach ((IRule rule, double weight) in _rules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sink.Clear();
                rule.Analyze(new RuleContext(analysis, rule.Descriptor, weight, sink, cancellationToken));
                foreach (Evidence e in sink)
                {
                    perLaw[(int)e.Law - 1].Add(e);
                }
            }
        }

        var laws = new LawAssessment[5];
        foreach (Law law in Laws.All)
        {
            List<Evidence> evidence = perLaw[(int)law - 1];
            evidence.Sort(static (a, b) =>
            {
                int c = Math.Abs(b.Weight).CompareTo(Math.Abs(a.Weight));
                return c != 0 ? c : a.Start.CompareTo(b.Start);
            });
            bool judged = sufficient && evidence.Count > 0;
            double score = judged ? LawScorer.Score(evidence, _ruleWeights) : ScoringConstants.Prior;
            laws[(int)law - 1] = new LawAssessment
            {
                Law = law,
                Score = score,
                Verdict = judged ? _options.Thresholds.VerdictFor(score) : Verdict.Insufficient,
                Rationale = RationaleWriter.Write(law, analysis, evidence, judged, _options.MinWords),
                Evidence = evidence,
            };
        }

        return new EpistemicReport
        {
            Id = request.Id,
            Overall = LawScorer.Overall(laws, _options.Thresholds),
            Laws = laws,
            Sources = analysis.Sources,
            Numbers = analysis.Numbers,
            NumericChecks = analysis.NumericChecks,
            Hedges = analysis.Hedges,
            Sentences = analysis.Sentences,
        };
    }
}
