using EpistemicScoring.Analysis;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Scoring;

/// <summary>
/// The law-specific part of a rationale: the count sentence that says what was counted. Each law's writer sits with
/// that law's rules (<c>Rules/&lt;Law&gt;/</c>); <see cref="RationaleWriter"/> adds tempering and the most telling
/// findings against and for the law.
/// </summary>
internal interface ILawRationale
{
    /// <summary>The law it writes for.</summary>
    Law Law { get; }

    /// <summary>What the rationale says when no rule found anything to judge the law by.</summary>
    string NothingToJudge { get; }

    /// <summary>The count sentence.</summary>
    /// <param name="analysis">The document's analysis.</param>
    /// <param name="evidence">The law's evidence after suppressions.</param>
    /// <returns>One sentence, ending with a full stop.</returns>
    string Summary(DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence);
}
