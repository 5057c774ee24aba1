using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Analysis.Claims;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;

namespace EpistemicScoring.Scoring;

/// <summary>
/// Writes one to three plain sentences per law that name what was counted, in the manner of an editor's
/// note: a count sentence from the analysis, then the most telling finding against and for the law.
/// </summary>
internal static class RationaleWriter
{
    public static IReadOnlyList<string> Write(Law law, DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence, bool judged, int minWords, Tempering tempering = default)
    {
        if (!judged)
        {
            int words = analysis.Document.WordCount;
            return [words == 0
                ? "The text is empty."
                : words < minWords
                    ? string.Create(CultureInfo.InvariantCulture, $"Too short to judge: {Plural(words, "word")}, fewer than the {minWords} needed.")
                    : InsufficientReason(law)];
        }

        string summary = Summary(law, analysis, evidence);
        if (tempering.Untempered - tempering.Score >= 0.5)
        {
            // Tempering by the number of claims is named in the count sentence, so the reader sees why a score
            // that the evidence put higher stays nearer the middle.
            summary = string.Create(
                CultureInfo.InvariantCulture,
                $"{summary.TrimEnd('.')}; with {Plural(tempering.Claims, "claim")} to judge, the score keeps {100 * (tempering.Score - ScoringConstants.Prior) / (tempering.Untempered - ScoringConstants.Prior):0}% of its lead over 50 ({tempering.Untempered:0.#} before).");
        }

        var lines = new List<string>(3) { summary };
        Evidence? worst = null;
        Evidence? best = null;
        foreach (Evidence e in evidence)
        {
            if (e.Weight < 0 && (worst is null || e.Weight < worst.Weight))
            {
                worst = e;
            }
            else if (e.Weight > 0 && (best is null || e.Weight > best.Weight))
            {
                best = e;
            }
        }

        if (worst is not null)
        {
            lines.Add($"Against: {Quote(worst, analysis)}.");
        }

        if (best is not null)
        {
            lines.Add($"For: {Quote(best, analysis)}.");
        }

        return lines;
    }

    private static string Quote(Evidence e, DocumentAnalysis analysis)
    {
        string message = e.Message.TrimEnd('.');
        string text = analysis.Document.Text.AsSpan(e.Start, e.Length).Trim().ToString();
        if (text.Length > 80)
        {
            text = string.Concat(text.AsSpan(0, 77).TrimEnd(), "...");
        }

        return text.Length == 0 || message.Contains(text, StringComparison.Ordinal) ? message : $"{message} (\"{text.ReplaceLineEndings(" ")}\")";
    }

    private static string Summary(Law law, DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence)
    {
        IReadOnlyList<SentenceInfo> sentences = analysis.Sentences;
        switch (law)
        {
            case Law.Truthfulness:
            {
                int specific = 0;
                foreach (SentenceInfo s in sentences)
                {
                    if (s.ClaimType is ClaimType.Factual or ClaimType.Attributed)
                    {
                        specific++;
                    }
                }

                int contradicted = 0;
                foreach (NumericCheck c in analysis.NumericChecks)
                {
                    if (c.Status is NumericCheckStatus.Contradicted or NumericCheckStatus.Inconsistent)
                    {
                        contradicted++;
                    }
                }

                string tail = contradicted > 0 ? $"; {Plural(contradicted, "figure")} contradicted" : string.Empty;
                var hearsay = new List<string>();
                foreach (Evidence e in evidence)
                {
                    string cue = $"\"{analysis.Document.Text.AsSpan(e.Start, e.Length).ToString().ToLowerInvariant()}\"";
                    if (e.RuleId == RuleIds.Hearsay && hearsay.Count < 3 && !hearsay.Contains(cue))
                    {
                        hearsay.Add(cue);
                    }
                }

                if (hearsay.Count > 0)
                {
                    int n = Findings(evidence, RuleIds.Hearsay);
                    tail += $"; {Plural(n, "claim")} passed on second-hand ({string.Join(", ", hearsay)})";
                }

                return $"{specific} of {sentences.Count} sentences state a checkable figure, date or attributed statement{tail}.";
            }

            case Law.SourceReferencing:
            {
                var stats = Rules.SourceReferencing.SourceStats.Of(analysis.Sources);
                if (stats.Total == 0)
                {
                    return $"No attributed source in {Plural(sentences.Count, "sentence")}.";
                }

                // Unnamed attributions by kind, with the most frequent wording of each ("unnamed officials").
                int anonymous = 0;
                int vague = 0;
                int documents = 0;
                int reasons = 0;
                var anonymousWords = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (SourceMention s in analysis.Sources)
                {
                    if (s.Named || s.Key == "author")
                    {
                        continue;
                    }

                    switch (s.Kind)
                    {
                        case SourceKind.Anonymous:
                            anonymous++;
                            reasons += s.AnonymityReason ? 1 : 0;
                            anonymousWords[s.Key] = anonymousWords.GetValueOrDefault(s.Key) + 1;
                            break;
                        case SourceKind.VagueGroup:
                            vague++;
                            break;
                        case SourceKind.UnnamedDocument:
                            documents++;
                            break;
                        default:
                            anonymous++;
                            break;
                    }
                }

                var parts = new List<string>(3);
                if (anonymous > 0)
                {
                    string who = "unnamed people";
                    if (anonymousWords.Count > 0)
                    {
                        string top = anonymousWords.MaxBy(static kv => kv.Value).Key;
                        who = anonymousWords.Count == 1 ? $"unnamed {PluralNoun(top)}" : $"unnamed people (mostly {PluralNoun(top)})";
                    }

                    string reason = reasons == 0 ? ", no reason given for anonymity" : reasons == anonymous ? ", each with a reason for anonymity" : $", {reasons} with a reason for anonymity";
                    parts.Add($"{anonymous} to {who}{reason}");
                }

                if (vague > 0)
                {
                    parts.Add($"{vague} to vague groups");
                }

                if (documents > 0)
                {
                    parts.Add($"{documents} to unnamed documents");
                }

                string unnamed = parts.Count == 0 ? "none to unnamed sources" : string.Join("; ", parts);
                int roles = Findings(evidence, RuleIds.IdentifiedByRole);
                int occasions = Findings(evidence, RuleIds.AttributionOccasion);
                string how = (roles, occasions) switch
                {
                    (0, 0) => string.Empty,
                    (_, 0) => $" ({roles} given with role or affiliation)",
                    (0, _) => $" ({Plural(occasions, "sentence")} saying where or when the words were given)",
                    _ => $" ({roles} given with role or affiliation; {Plural(occasions, "sentence")} saying where or when the words were given)",
                };
                return $"{Plural(stats.Total, "attribution")} to {Plural(stats.Distinct, "distinct source")}, {stats.Named} to named people or bodies{how}; {unnamed}.";
            }

            case Law.ReliabilityAccuracy:
            {
                int figures = 0;
                int sourced = 0;
                int unsourcedPrecise = 0;
                foreach (NumberMention n in analysis.Numbers)
                {
                    if (!Rules.ReliabilityAccuracy.FigureSourcing.IsQuantity(n) || Rules.ReliabilityAccuracy.FigureSourcing.DescribesNoFigure(analysis, n))
                    {
                        continue;
                    }

                    figures++;
                    bool named = Rules.ReliabilityAccuracy.FigureSourcing.SourcesOf(analysis, n).Any(static s => s.Named);
                    sourced += named ? 1 : 0;
                    unsourcedPrecise += !named && Rules.ReliabilityAccuracy.FigureSourcing.IsPrecise(n) && !Rules.ReliabilityAccuracy.FigureSourcing.HasAttribution(analysis, n) ? 1 : 0;
                }

                int consistent = 0;
                int inconsistent = 0;
                int confirmed = 0;
                int contradicted = 0;
                int unverifiable = 0;
                var broken = new SortedSet<string>(StringComparer.Ordinal);
                foreach (NumericCheck c in analysis.NumericChecks)
                {
                    switch (c.Status)
                    {
                        case NumericCheckStatus.Consistent: consistent++; break;
                        case NumericCheckStatus.Inconsistent: inconsistent++; broken.Add(c.Kind.ToString().ToLowerInvariant()); break;
                        case NumericCheckStatus.Confirmed: confirmed++; break;
                        case NumericCheckStatus.Contradicted: contradicted++; break;
                        default: unverifiable++; break;
                    }
                }

                if (figures == 0)
                {
                    return "No amounts, percentages or counts to cross-check.";
                }

                string relations = consistent + inconsistent == 0
                    ? "no stated relation between them to cross-check"
                    : inconsistent == 0
                        ? $"{Plural(consistent, "stated relation")} between them, all holding"
                        : $"{Plural(consistent + inconsistent, "stated relation")} between them, {inconsistent} not holding ({string.Join(", ", broken)})";
                string facts = analysis.Facts.Count == 0
                    ? string.Empty
                    : $"; against the reference facts {confirmed} confirmed, {contradicted} contradicted, {unverifiable} not covered";
                return $"{Plural(figures, "figure")}, {sourced} attributed to a named source and {unsourcedPrecise} precise with no source; {relations}{facts}.";
            }

            case Law.ContextualJudgment:
                return ContextSummary(analysis);

            case Law.InferenceTraceability:
                return InferenceSummary(analysis, evidence);

            default:
                throw new ArgumentOutOfRangeException(nameof(law), law, null);
        }
    }

    /// <summary>
    /// Law 4: which sentences place events in time, compare, give background, weigh another side, or generalise
    /// sweepingly, by sentence number (1-based), so that an editor can go straight to them.
    /// </summary>
    private static string ContextSummary(DocumentAnalysis analysis)
    {
        int n = analysis.Sentences.Count;
        var time = new SortedSet<int>();
        var comparison = new SortedSet<int>();
        var background = new SortedSet<int>();
        var sides = new SortedSet<int>();
        var sweeping = new SortedSet<int>();
        foreach (NumberMention m in analysis.Numbers)
        {
            int s = analysis.SentenceIndexAt(m.Start);
            if (s < 0)
            {
                continue;
            }

            if (m.Kind is NumberKind.Year or NumberKind.Date or NumberKind.Time)
            {
                time.Add(s);
            }
            else if (m.Kind is NumberKind.Percent or NumberKind.PercentagePoints or NumberKind.Fraction or NumberKind.Ratio or NumberKind.Multiple)
            {
                comparison.Add(s);
            }
        }

        foreach (DiscourseCue c in DiscourseCues.Of(analysis.Document, analysis.Lexicons))
        {
            if (c.InQuote)
            {
                continue;
            }

            SortedSet<int>? target = c.Role switch
            {
                CueRole.Time when c.Weight >= 0.6 => time,
                CueRole.Comparison when c.Weight >= 0.8 => comparison,
                CueRole.Background when c.Weight >= 0.6 => background,
                CueRole.Contrast or CueRole.Rebuttal => sides,
                CueRole.Sweeping when c.Weight >= 0.8 && analysis.Sentences[c.Sentence].ClaimType is ClaimType.Evaluation or ClaimType.Inference or ClaimType.Prediction => sweeping,
                _ => null,
            };
            target?.Add(c.Sentence);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (SourceMention s in analysis.Sources)
        {
            if (s.Kind is not (SourceKind.Pronoun or SourceKind.VagueGroup))
            {
                keys.Add(s.Key);
            }
        }

        var parts = new List<string>(5)
        {
            $"Of {Plural(n, "sentence")}, {Count(time)} placed in time{Where(time)}",
            $"{Count(comparison)} compare or benchmark{Where(comparison)}",
            $"{Count(background)} give background or precedent{Where(background)}",
            $"{Count(sides)} weigh another side{Where(sides)}, with {Plural(keys.Count, "distinct identifiable source")}",
        };
        if (sweeping.Count > 0)
        {
            parts.Add($"{Count(sweeping)} generalise sweepingly{Where(sweeping)}");
        }

        return string.Join("; ", parts) + ".";
    }

    /// <summary>
    /// Law 5: the conclusions and predictions by sentence number, which of them have stated support and which leap,
    /// and where the writer's boosters stand.
    /// </summary>
    private static string InferenceSummary(DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence)
    {
        InferenceLink[] links = InferenceLinks.Of(analysis);
        var all = new SortedSet<int>();
        var supported = new SortedSet<int>();
        var unsupported = new SortedSet<int>();
        var leaps = new SortedSet<int>();
        foreach (InferenceLink link in links)
        {
            all.Add(link.Sentence);
            (link.Unsupported ? unsupported : link.Leaps ? leaps : supported).Add(link.Sentence);
        }

        var boosted = new SortedSet<int>();
        int boosters = 0;
        int hedges = 0;
        int quoted = 0;
        foreach (HedgeCue h in analysis.Hedges)
        {
            if (h.InQuote)
            {
                quoted++;
                continue;
            }

            if (h.Kind == HedgeKind.Booster)
            {
                boosters++;
                int s = analysis.SentenceIndexAt(h.Start);
                if (s >= 0)
                {
                    boosted.Add(s);
                }
            }
            else
            {
                hedges++;
            }
        }

        string head = all.Count == 0
            ? "No conclusion or prediction of the writer's"
            : $"{Plural(all.Count, "conclusion or prediction", "conclusions or predictions")}{Where(all)}: {supported.Count} with stated support{Where(supported)}, {unsupported.Count} with none{Where(unsupported)}, {leaps.Count} leaping past the facts beside {(leaps.Count == 1 ? "it" : "them")}{Where(leaps)}";
        string quotedPart = quoted > 0 ? $" ({quoted} more inside quotations, the speakers')" : string.Empty;
        return $"{head}; the writer uses {Plural(boosters, "booster")}{Where(boosted)} and {Plural(hedges, "hedge")}{quotedPart}{StyleSummary(evidence)}.";
    }

    /// <summary>"; also 2 exclamations or shouted words and 3 intensifiers" (the writer's emphasis), or nothing.</summary>
    private static string StyleSummary(IReadOnlyList<Evidence> evidence)
    {
        var parts = new List<string>(3);
        int emphatic = Findings(evidence, RuleIds.EmphaticOverstatement);
        int intensifiers = Findings(evidence, RuleIds.Intensifiers);
        int loaded = Findings(evidence, RuleIds.LoadedLanguage);
        if (emphatic > 0)
        {
            parts.Add(Plural(emphatic, "exclamation or shouted word", "exclamations or shouted words"));
        }

        if (intensifiers > 0)
        {
            parts.Add(Plural(intensifiers, "intensifier"));
        }

        if (loaded > 0)
        {
            parts.Add(Plural(loaded, "loaded word"));
        }

        return parts.Count == 0 ? string.Empty : $"; also {JoinAnd(parts)}";
    }

    /// <summary>"officials" stays, "spokesman" becomes "spokesmen", "person" "people", "agency" "agencies".</summary>
    private static string PluralNoun(string noun) =>
        noun.EndsWith('s')
            ? noun
            : noun.EndsWith("man", StringComparison.Ordinal)
                ? string.Concat(noun.AsSpan(0, noun.Length - 3), "men")
                : noun == "person"
                    ? "people"
                    : noun.Length > 2 && noun[^1] == 'y' && !"aeiou".Contains(noun[^2], StringComparison.Ordinal)
                        ? string.Concat(noun.AsSpan(0, noun.Length - 1), "ies")
                        : noun + "s";

    private static int Findings(IReadOnlyList<Evidence> evidence, string ruleId)
    {
        int n = 0;
        foreach (Evidence e in evidence)
        {
            if (e.RuleId == ruleId)
            {
                n++;
            }
        }

        return n;
    }

    private static string JoinAnd(List<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";

    private static string Count(SortedSet<int> sentences) => sentences.Count.ToString(CultureInfo.InvariantCulture);

    /// <summary>" (sentences 2, 5 and 9)", at most six numbers, or nothing when empty.</summary>
    internal static string Where(SortedSet<int> sentences)
    {
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var numbers = new List<string>(6);
        foreach (int s in sentences)
        {
            if (numbers.Count == 6)
            {
                break;
            }

            numbers.Add((s + 1).ToString(CultureInfo.InvariantCulture));
        }

        string list = numbers.Count == 1 ? numbers[0] : string.Join(", ", numbers[..^1]) + " and " + numbers[^1];
        string more = sentences.Count > numbers.Count ? $" and {sentences.Count - numbers.Count} more" : string.Empty;
        return sentences.Count == 1 ? $" (sentence {list})" : $" (sentences {list}{more})";
    }
    private static string InsufficientReason(Law law) => law switch
    {
        Law.Truthfulness => "Nothing to judge: no checkable figure, date or attributed statement.",
        Law.SourceReferencing => "Nothing to judge: no attribution found.",
        Law.ReliabilityAccuracy => "Nothing to judge: no figures to check against each other or against reference facts.",
        Law.ContextualJudgment => "Nothing to judge: no time anchors, comparisons or other views found.",
        _ => "Nothing to judge: no conclusion, prediction or certainty cue found.",
    };

    internal static string Plural(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count.ToString(CultureInfo.InvariantCulture)} {plural ?? singular + "s"}";
}

/// <summary>A law's score before and after tempering by the number of claims (see <see cref="LawScorer.Temper"/>).</summary>
/// <param name="Untempered">The score from the evidence alone.</param>
/// <param name="Score">The tempered score.</param>
/// <param name="Claims">The claims the text makes.</param>
internal readonly record struct Tempering(double Untempered, double Score, int Claims);
