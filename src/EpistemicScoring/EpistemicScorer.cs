using System.Collections.Frozen;
using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Internal;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;
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
public sealed class EpistemicScorer : IEpistemicScorer
{
    private readonly (IRule Rule, double Weight)[] _rules;
    private readonly EpistemicScoringOptions _options;
    private readonly ReferenceFact[] _facts;
    private readonly FrozenDictionary<TextProfile, FrozenDictionary<string, double>> _weightsByProfile;
    private readonly Receipt _receiptBase;
    private readonly AnalysisPipeline _pipeline;
    private readonly ILawRationale[] _rationales;
    private readonly FrozenSet<string> _crossCheckRules;

    internal EpistemicScorer(IEnumerable<IRule> rules, EpistemicScoringOptions options, LexiconSet lexicons)
    {
        _options = options;
        Lexicons = lexicons;
        _pipeline = AnalysisPipeline.CreateDefault(lexicons);
        _rationales = [.. DefaultRules.Rationales];
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
        _weightsByProfile = Enum.GetValues<TextProfile>().ToFrozenDictionary(
            static p => p,
            p => _rules.ToFrozenDictionary(static r => r.Rule.Descriptor.Id, r => r.Weight * r.Rule.Descriptor.MultiplierFor(p), StringComparer.Ordinal));
        _crossCheckRules = _rules.Where(static r => r.Rule.Descriptor.CrossChecksFigures).Select(static r => r.Rule.Descriptor.Id).ToFrozenSet(StringComparer.Ordinal);
        _receiptBase = BuildReceiptBase();
    }

    /// <summary>The version of this library, as written in every report's receipt (<c>toolVersion</c>).</summary>
    public static string ToolVersion { get; } =
        typeof(EpistemicScorer).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false) is [System.Reflection.AssemblyInformationalVersionAttribute a, ..]
            ? a.InformationalVersion
            : typeof(EpistemicScorer).Assembly.GetName().Version?.ToString() ?? "0.0.0";

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

    /// <summary>A builder that starts from the default rule set and a copy of <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public static EpistemicScorerBuilder CreateBuilder(EpistemicScoringOptions options) => new(options);

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
        IReadOnlyList<ReferenceFact> facts = request.Facts is { Count: > 0 } extra ? [.. _facts, .. extra] : _facts;
        DocumentAnalysis analysis = _pipeline.Run(text, facts, cancellationToken);
        TextDocument document = analysis.Document;
        bool sufficient = document.WordCount >= _options.MinWords && analysis.Language.ScoredAsEnglish;
        TextProfile profile = request.Profile ?? _options.Profile ?? analysis.DetectedProfile;
        bool detected = request.Profile is null && _options.Profile is null;
        FrozenDictionary<string, double> weights = _weightsByProfile[profile];
        ScoringOverrides overrides = request.Overrides is null ? _options.Overrides : ScoringOverrides.Combine(_options.Overrides, request.Overrides);

        // Findings are gathered in the thread's scratch lists, then each law's are copied into a list of their size.
        EvidenceScratch gathered = EvidenceScratch.Take();
        var perLaw = new List<Evidence>[5];
        var suppressed = new List<Evidence>[5];
        for (int i = 0; i < perLaw.Length; i++)
        {
            perLaw[i] = gathered.PerLaw[i];
            suppressed[i] = [];
        }

        var usedSuppressions = new List<FindingSuppression>();
        var omittedPerLaw = new int[5];
        if (sufficient)
        {
            List<Evidence> sink = gathered.Sink;
            var omitted = new System.Runtime.CompilerServices.StrongBox<int>();
            foreach ((IRule rule, _) in _rules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sink.Clear();
                omitted.Value = 0;
                rule.Analyze(new RuleContext(analysis, rule.Descriptor, weights[rule.Descriptor.Id], sink, omitted, cancellationToken));
                omittedPerLaw[(int)rule.Descriptor.Law - 1] += omitted.Value;
                foreach (Evidence e in sink)
                {
                    FindingSuppression? suppression = FindSuppression(overrides, e);
                    if (suppression is null)
                    {
                        perLaw[(int)e.Law - 1].Add(e);
                    }
                    else
                    {
                        suppressed[(int)e.Law - 1].Add(e);
                        if (!usedSuppressions.Contains(suppression))
                        {
                            usedSuppressions.Add(suppression);
                        }
                    }
                }
            }
        }

        for (int i = 0; i < perLaw.Length; i++)
        {
            perLaw[i] = new List<Evidence>(perLaw[i]);
        }

        gathered.Return();
        int claims = analysis.ClaimSentenceCount;
        var laws = new LawAssessment[5];
        var verdictOverrides = new List<VerdictOverride>();
        foreach (Law law in Laws.All)
        {
            List<Evidence> evidence = perLaw[(int)law - 1];
            evidence.Sort(static (a, b) =>
            {
                int c = Math.Abs(b.Weight).CompareTo(Math.Abs(a.Weight));
                return c != 0 ? c : a.Start.CompareTo(b.Start);
            });
            bool judged = sufficient && evidence.Count > 0;
            double untempered = judged ? LawScorer.Score(evidence, weights) : ScoringConstants.Prior;
            double score = LawScorer.Temper(untempered, claims, _options.ConfidenceClaims);
            Verdict computed = judged ? _options.Thresholds.VerdictFor(score) : Verdict.Insufficient;
            VerdictOverride? set = null;
            foreach (VerdictOverride v in overrides.Verdicts)
            {
                if (v.Law == law)
                {
                    set = v;
                }
            }

            if (set is not null)
            {
                verdictOverrides.Add(set);
            }

            laws[(int)law - 1] = new LawAssessment
            {
                Law = law,
                Score = score,
                Verdict = set?.Verdict ?? computed,
                ComputedVerdict = computed,
                Override = set,
                Rationale = WithOmitted(RationaleWriter.Write(_rationales[(int)law - 1], analysis, evidence, judged, _options.MinWords, new Tempering(untempered, score, claims)), omittedPerLaw[(int)law - 1]),
                OmittedFindings = omittedPerLaw[(int)law - 1],
                Evidence = evidence,
                Suppressed = suppressed[(int)law - 1],
                Confidence = score < untempered ? Math.Round(LawScorer.Confidence(claims, _options.ConfidenceClaims), 3) : 1,
            };
        }

        List<FindingSuppression> unmatched = [];
        List<InputWarning> warnings = [.. analysis.Warnings];
        foreach (FindingSuppression s in overrides.Suppress)
        {
            if (!usedSuppressions.Contains(s))
            {
                unmatched.Add(s);
                warnings.Add(new InputWarning("unmatched_suppression", $"The suppression of {s.RuleId} with span hash {s.SpanHash} matched no finding in this text; it has no effect."));
            }
        }

        return new EpistemicReport
        {
            Warnings = warnings,
            Id = request.Id,
            Overall = LawScorer.Overall(laws, _options.Thresholds, FiguresCrossChecked(laws[(int)Law.ReliabilityAccuracy - 1])),
            Laws = laws,
            Sources = analysis.Sources,
            Numbers = analysis.Numbers,
            NumericChecks = analysis.NumericChecks,
            Hedges = analysis.Hedges,
            Sentences = analysis.Sentences,
            Profile = profile,
            Language = analysis.Language,
            Headline = analysis.HeadlineSentence < 0 ? null : SpanText.From(analysis.Sentences[analysis.HeadlineSentence].Span, text),
            Receipt = _receiptBase with
            {
                Profile = profile,
                ProfileDetected = detected,
                Suppressed = usedSuppressions,
                VerdictOverrides = verdictOverrides,
                InputSha256 = Sha256Hex(text),
                UnmatchedSuppressions = unmatched,
            },
        };
    }

    private bool FiguresCrossChecked(LawAssessment reliability)
    {
        foreach (Evidence e in reliability.Evidence)
        {
            if (_crossCheckRules.Contains(e.RuleId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rationale with a last line saying how many findings the per-rule cap left out, when any.</summary>
    private static IReadOnlyList<string> WithOmitted(IReadOnlyList<string> rationale, int omitted) => omitted == 0
        ? rationale
        : [.. rationale, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{omitted} further findings are not listed: each rule keeps at most {RuleContext.MaxFindingsPerRule} per document, and its share of the score is capped well before that.")];

    private static string Sha256Hex(string text)
    {
        int max = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[] rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max);
        try
        {
            int n = System.Text.Encoding.UTF8.GetBytes(text, rented);
            Span<byte> hash = stackalloc byte[32];
            System.Security.Cryptography.SHA256.HashData(rented.AsSpan(0, n), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static FindingSuppression? FindSuppression(ScoringOverrides overrides, Evidence e)
    {
        foreach (FindingSuppression s in overrides.Suppress)
        {
            if (string.Equals(s.RuleId, e.RuleId, StringComparison.OrdinalIgnoreCase) && string.Equals(s.SpanHash, e.SpanHash, StringComparison.OrdinalIgnoreCase))
            {
                return s;
            }
        }

        return null;
    }

    private Receipt BuildReceiptBase()
    {
        var rules = default(StableHash);
        foreach ((IRule rule, double weight) in _rules.OrderBy(static r => r.Rule.Descriptor.Id, StringComparer.Ordinal))
        {
            rules.Append(rule.Descriptor.Id);
            rules.Append(weight.ToString("R", CultureInfo.InvariantCulture));
        }

        var settings = default(StableHash);
        settings.Append(_options.Thresholds.High.ToString("R", CultureInfo.InvariantCulture));
        settings.Append(_options.Thresholds.Moderate.ToString("R", CultureInfo.InvariantCulture));
        settings.Append(_options.MinWords.ToString(CultureInfo.InvariantCulture));
        settings.Append(_options.ConfidenceClaims.ToString(CultureInfo.InvariantCulture));
        settings.Append(_options.MaxTextLength.ToString(CultureInfo.InvariantCulture));
        settings.Append(_options.Profile?.ToString() ?? "detect");
        foreach (ReferenceFact fact in _facts)
        {
            settings.Append(fact.Key);
            settings.Append(fact.Value.ToString("R", CultureInfo.InvariantCulture));
            settings.Append(fact.Unit ?? string.Empty);
            settings.Append(fact.Tolerance.ToString("R", CultureInfo.InvariantCulture));
        }

        var digest = default(StableHash);
        digest.Append(DefaultRules.Version);
        digest.Append(rules.ToHex());
        digest.Append(settings.ToHex());
        digest.Append(Lexicons.Fingerprint);
        return new Receipt
        {
            RulesetVersion = DefaultRules.Version,
            RulesHash = rules.ToHex(),
            SettingsHash = settings.ToHex(),
            LexiconsHash = Lexicons.Fingerprint,
            Digest = digest.ToHex(),
            Profile = TextProfile.NewsReport,
            ProfileDetected = true,
            Suppressed = [],
            VerdictOverrides = [],
            ToolVersion = ToolVersion,
        };
    }
}
