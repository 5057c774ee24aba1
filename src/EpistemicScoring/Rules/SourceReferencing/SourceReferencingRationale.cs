using EpistemicScoring.Analysis;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Scoring;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>Law 2's count sentence: attributions and distinct sources, how many named, how they were given, and the unnamed ones by kind.</summary>
internal sealed class SourceReferencingRationale : ILawRationale
{
    public Law Law => Law.SourceReferencing;

    public string NothingToJudge => "Nothing to judge: no attribution found.";

    public string Summary(DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence)
    {
        IReadOnlyList<SentenceInfo> sentences = analysis.Sentences;
        var stats = SourceStats.For(analysis);
        if (stats.Total == 0)
        {
            return $"No attributed source in {Prose.Plural(sentences.Count, "sentence")}.";
        }

        // Unnamed attributions by kind, with the most frequent wording of each ("unnamed officials").
        int anonymous = 0;
        int vague = 0;
        int documents = 0;
        int reasons = 0;
        var anonymousWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (SourceMention s in analysis.Sourcing)
        {
            if (s.Named || s.Key == "author")
            {
                continue;
            }

            switch (s.Kind)
            {
                case SourceKind.Anonymous:
                    anonymous++;
                    reasons += s.AnonymityReason is not null ? 1 : 0;
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
                who = anonymousWords.Count == 1 ? $"unnamed {Prose.PluralNoun(top)}" : $"unnamed people (mostly {Prose.PluralNoun(top)})";
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
        int roles = Prose.Findings(evidence, RuleIds.IdentifiedByRole);
        int occasions = Prose.Findings(evidence, RuleIds.AttributionOccasion);
        string how = (roles, occasions) switch
        {
            (0, 0) => string.Empty,
            (_, 0) => $" ({roles} given with role or affiliation)",
            (0, _) => $" ({Prose.Plural(occasions, "sentence")} saying where or when the words were given)",
            _ => $" ({roles} given with role or affiliation; {Prose.Plural(occasions, "sentence")} saying where or when the words were given)",
        };
        return $"{Prose.Plural(stats.Total, "attribution")} to {Prose.Plural(stats.Distinct, "distinct source")}, {stats.Named} to named people or bodies{how}; {unnamed}.";
    }
}
