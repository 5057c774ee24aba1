using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Batch;

/// <summary>
/// One row per document for CSV and Parquet output: the id, where the record came from, the overall and per-law
/// score and verdict, the counts a researcher filters on, and the rule-set digest; for a failed record the scores
/// are empty and the error code and message are filled.
/// </summary>
internal sealed record SummaryRow
{
    /// <summary>Column names in order; the per-law pairs follow <see cref="Law"/> order.</summary>
    public static readonly string[] Columns =
    [
        "id", "line", "file",
        "overall_score", "overall_verdict",
        "truthfulness_score", "truthfulness_verdict",
        "source_referencing_score", "source_referencing_verdict",
        "reliability_accuracy_score", "reliability_accuracy_verdict",
        "contextual_judgment_score", "contextual_judgment_verdict",
        "inference_traceability_score", "inference_traceability_verdict",
        "named_sources", "unnamed_sources", "figures", "inconsistent_figures", "contradicted_figures",
        "hedges", "uncertain_sentences", "sentences", "profile", "rule_set_digest",
        "error_code", "error_message", "language", "warnings",
    ];

    public string? Id { get; init; }

    public long? Line { get; init; }

    public string? File { get; init; }

    /// <summary>Overall then the five laws, in law order.</summary>
    public double?[] Scores { get; init; } = new double?[6];

    /// <summary>Overall then the five laws, camelCase as in the report JSON.</summary>
    public string?[] Verdicts { get; init; } = new string?[6];

    public int? NamedSources { get; init; }

    public int? UnnamedSources { get; init; }

    public int? Figures { get; init; }

    public int? InconsistentFigures { get; init; }

    public int? ContradictedFigures { get; init; }

    /// <summary>Entries of <c>hedges[]</c> other than boosters (which mark certainty, not its lack).</summary>
    public int? Hedges { get; init; }

    public int? UncertainSentences { get; init; }

    public int? Sentences { get; init; }

    public string? Profile { get; init; }

    public string? RuleSetDigest { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>The report's <c>language.code</c>.</summary>
    public string? Language { get; init; }

    /// <summary>The codes of the report's warnings, separated by spaces; empty when there are none.</summary>
    public string? Warnings { get; init; }

    public static SummaryRow From(EpistemicReport report, long? line, string? file)
    {
        var scores = new double?[6];
        var verdicts = new string?[6];
        scores[0] = report.Overall.Score;
        verdicts[0] = Camel(report.Overall.Verdict.ToString());
        for (int i = 0; i < report.Laws.Count && i < 5; i++)
        {
            scores[i + 1] = report.Laws[i].Score;
            verdicts[i + 1] = Camel(report.Laws[i].Verdict.ToString());
        }

        int named = 0;
        foreach (SourceMention source in report.Sources)
        {
            named += source.Named ? 1 : 0;
        }

        int inconsistent = 0;
        int contradicted = 0;
        foreach (NumericCheck check in report.NumericChecks)
        {
            inconsistent += check.Status == NumericCheckStatus.Inconsistent ? 1 : 0;
            contradicted += check.Status == NumericCheckStatus.Contradicted ? 1 : 0;
        }

        int hedges = 0;
        foreach (HedgeCue hedge in report.Hedges)
        {
            hedges += hedge.Kind == HedgeKind.Booster ? 0 : 1;
        }

        int uncertain = 0;
        foreach (SentenceInfo sentence in report.Sentences)
        {
            uncertain += sentence.Uncertain ? 1 : 0;
        }

        return new SummaryRow
        {
            Id = report.Id,
            Line = line,
            File = file,
            Scores = scores,
            Verdicts = verdicts,
            NamedSources = named,
            UnnamedSources = report.Sources.Count - named,
            Figures = report.Numbers.Count,
            InconsistentFigures = inconsistent,
            ContradictedFigures = contradicted,
            Hedges = hedges,
            UncertainSentences = uncertain,
            Sentences = report.Sentences.Count,
            Profile = Camel(report.Profile.ToString()),
            RuleSetDigest = report.Receipt?.Digest,
            Language = report.Language?.Code,
            Warnings = string.Join(' ', report.Warnings.Select(static w => w.Code)),
        };
    }

    public static SummaryRow Failure(string? id, long? line, string? file, RecordError error) =>
        new() { Id = id, Line = line, File = file, ErrorCode = error.Code, ErrorMessage = error.Message };

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
