using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS209: named sources introduced with their role or affiliation ("CEPR economist Dean Baker").</summary>
internal sealed class IdentifiedByRoleRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.IdentifiedByRole,
        "Sources introduced with role or affiliation",
        Law.SourceReferencing,
        defaultWeight: 0.5,
        "A name alone tells the reader little; a name with its title, office or affiliation (\"Sen. Ortiz\", \"the city's finance director, Marcus Webb\", \"a spokesman for the ministry\") tells them why the source would know and where to check. Each such attribution counts in proportion to its share of all attributions.")
    {
        Examples = ["[|Finance Minister Ana Ruiz|] said the budget would pass."],
        CounterExamples = ["Ana said the budget would pass."],
    };

    public void Analyze(in RuleContext context)
    {
        IReadOnlyList<SourceMention> sources = context.Analysis.Sourcing;
        int counted = 0;
        foreach (SourceMention s in sources)
        {
            if (s.Kind != SourceKind.Pronoun)
            {
                counted++;
            }
        }

        if (counted == 0)
        {
            return;
        }

        TextDocument doc = context.Document;
        Lexicon titles = context.Lexicons["source-titles"];
        double strength = 3.0 / counted;
        foreach (SourceMention s in sources)
        {
            if (!s.Named || s.Kind is SourceKind.Pronoun or SourceKind.NamedDocument)
            {
                continue;
            }

            int end = doc.TokenAtOrAfter(s.Start + s.Length);
            for (int i = doc.TokenAtOrAfter(s.Start); i < end; i++)
            {
                if (doc[i].Kind == TokenKind.Word && titles.TryMatch(doc, i, end, out _, out _))
                {
                    context.Report(s.Span, $"Source introduced with role or affiliation: {s.Text}", strength);
                    break;
                }
            }
        }
    }
}
